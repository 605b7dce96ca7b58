package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.statusround.LinkAnswer;
import de.lenkwerk.statusround.LinkPage;
import de.lenkwerk.statusround.MeasurementAnswer;
import de.lenkwerk.statusround.StatusLinkRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One requested action on the answer page: what is needed to answer (number, title, deadline, light, status,
 * progress, indicators with last value and target) and the fields that were asked. A refused save keeps what was
 * typed; after a change by someone else the facts above the fields show the new state.
 */
class LinkAnswerCard extends Div {

    final EnumSelect<ActionStatus> status = new EnumSelect<>(getTranslation("action.status"), ActionStatus.class, false);
    final IntegerField progress = new IntegerField(getTranslation("action.progress"));
    final TextArea text = new TextArea(getTranslation("statuslink.page.text"));
    final TextArea reason = new TextArea(getTranslation("statuslink.page.reason"));
    final Map<IndicatorItem, BigDecimalField> values = new LinkedHashMap<>();
    /** Indicators broken down into categories: a value per category instead of one total. */
    final List<CategoryFields> categoryValues = new ArrayList<>();
    final FormErrors errors = new FormErrors();
    final Button save;
    private final Div facts = new Div();
    private final Span state = new Span();
    private final StatusLinkRequest.Asks asks;
    private LinkPage.Item item;

    /** @param saver saves the answer and returns the item as it is afterwards, or null when refused */
    LinkAnswerCard(LinkPage.Item item, StatusLinkRequest.Asks asks, Function<LinkAnswer, LinkPage.Item> saver) {
        this.item = item;
        this.asks = asks;
        addClassNames("lw-card", "lw-link-action");
        var title = new H2(item.number() + " · " + item.title());
        title.addClassName("lw-link-action-title");
        facts.addClassName("lw-link-facts");
        showFacts();

        var fields = new Div();
        fields.addClassName("lw-link-fields");
        status.setValue(item.status());
        status.setVisible(asks.status());
        progress.setValue(item.progress());
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        progress.setVisible(asks.progress());
        if (item.progressRolledUp()) {
            progress.setReadOnly(true);
            progress.setHelperText(getTranslation("action.progress.rolled-up"));
        }
        fields.add(status, progress);
        if (asks.indicators()) {
            for (var indicator : item.indicators()) {
                if (indicator.isBrokenDown()) {
                    var group = new CategoryFields(indicator, indicatorHelp(indicator));
                    categoryValues.add(group);
                    fields.add(group);
                    continue;
                }
                var field = new BigDecimalField(getTranslation("statusround.my.indicator", indicator.name(), indicator.unit()));
                field.setHelperText(indicatorHelp(indicator));
                values.put(indicator, field);
                fields.add(field);
            }
        }
        text.setMaxLength(ProgressReport.TEXT_MAX);
        text.setVisible(asks.text());
        text.setRequiredIndicatorVisible(true);
        reason.setMaxLength(LinkAnswer.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("statuslink.page.reason.help"));
        reason.setVisible(item.reasonRequired());
        fields.add(text, reason);
        save = new Button(getTranslation("statuslink.page.save"), VaadinIcon.CHECK.create(), e -> {
            var answer = answer();
            if (answer == null) {
                return;
            }
            var saved = saver.apply(answer);
            if (saved != null) {
                update(saved);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("lw-link-save");
        fields.add(save);
        add(title, facts, errors, fields);
    }

    private String indicatorHelp(IndicatorItem indicator) {
        var locale = getLocale();
        var last = indicator.latestValue() == null ? getTranslation("statuslink.page.no-value")
                : Formats.number(indicator.latestValue(), locale) + " (" + Formats.date(indicator.latestDate(), locale) + ")";
        return getTranslation("statuslink.page.indicator", last, Formats.number(indicator.targetValue(), locale),
                Formats.date(indicator.targetDate(), locale));
    }

    /** Checks what the binder would, and builds the answer; null (with the fields marked) when incomplete. */
    private LinkAnswer answer() {
        var ok = true;
        if (asks.progress() && (progress.getValue() == null || progress.getValue() < 0 || progress.getValue() > 100)) {
            progress.setErrorMessage(getTranslation("validation.range", 0, 100));
            progress.setInvalid(true);
            ok = false;
        } else {
            progress.setInvalid(false);
        }
        ok &= required(text, asks.text());
        ok &= required(reason, item.reasonRequired());
        if (values.values().stream().anyMatch(BigDecimalField::isInvalid)
                || categoryValues.stream().anyMatch(CategoryFields::isInvalid)) {
            ok = false;
        }
        if (!ok) {
            return null;
        }
        var measurements = new ArrayList<MeasurementAnswer>();
        values.forEach((indicator, field) -> {
            if (field.getValue() != null) {
                measurements.add(new MeasurementAnswer(indicator.id(), field.getValue(), null));
            }
        });
        measurements.addAll(CategoryFields.answers(categoryValues));
        return new LinkAnswer(item.actionId(), item.version(), status.getValue(), progress.getValue(), text.getValue(),
                reason.getValue(), measurements);
    }

    private boolean required(TextArea field, boolean needed) {
        var missing = needed && field.getValue().isBlank();
        field.setErrorMessage(getTranslation("validation.required"));
        field.setInvalid(missing);
        return !missing;
    }

    /**
     * After a save: new facts and version. What was typed stays, so the person sees what they sent and can correct
     * it; the values they reported become the indicators' last values above.
     */
    void update(LinkPage.Item saved) {
        item = saved;
        reason.setVisible(saved.reasonRequired() || !reason.getValue().isBlank());
        values.values().forEach(BigDecimalField::clear);
        categoryValues.forEach(CategoryFields::clear);
        showFacts();
    }

    /** After someone else's change: the new facts and version, everything typed stays. */
    void refresh(LinkPage.Item current) {
        item = current;
        reason.setVisible(current.reasonRequired() || !reason.getValue().isBlank());
        showFacts();
    }

    long actionId() {
        return item.actionId();
    }

    LinkPage.Item item() {
        return item;
    }

    private void showFacts() {
        var locale = getLocale();
        facts.removeAll();
        facts.add(new TrafficLightBadge(item.trafficLight().colour(), item.trafficLight().reasons()));
        facts.add(fact("action.deadline", item.deadline() == null ? "–" : Formats.date(item.deadline(), locale)));
        facts.add(fact("action.status", getTranslation(EnumLabels.key(item.status()))));
        facts.add(fact("action.progress", item.progress() + " %"));
        for (var indicator : item.indicators()) {
            facts.add(labelled(indicator.name(), indicatorHelp(indicator)));
        }
        state.removeAll();
        state.getElement().getClassList().clear();
        if (item.answeredAt() != null) {
            state.add(VaadinIcon.CHECK.create(), new Span(getTranslation("statuslink.page.saved-at",
                    Formats.dateTime(item.answeredAt(), locale))));
            state.addClassNames("lw-pill", "lw-pill-success", "lw-link-state");
        } else {
            state.add(new Span(getTranslation("statusround.my.open")));
            state.addClassNames("lw-pill", "lw-pill-neutral", "lw-link-state");
        }
        facts.add(state);
    }

    private Div fact(String labelKey, String value) {
        return labelled(getTranslation(labelKey), value);
    }

    private Div labelled(String label, String value) {
        var name = new Span(label);
        name.addClassName("lw-link-fact-label");
        var fact = new Div(name, new Span(value));
        fact.addClassName("lw-link-fact");
        return fact;
    }
}
