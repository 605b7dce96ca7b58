package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Confidence;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.statusround.MeasurementAnswer;
import de.lenkwerk.statusround.RequestedAction;
import de.lenkwerk.statusround.StatusRoundService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact answer to one requested action: status, progress, a value per indicator and a short text. A refused
 * answer (e.g. someone changed the action meanwhile) says why and keeps what was typed.
 */
class AnswerForm extends Div {

    private final StatusRoundService rounds;
    private RequestedAction current;

    final EnumSelect<ActionStatus> status = new EnumSelect<>(getTranslation("action.status"), ActionStatus.class, false);
    final IntegerField progress = new IntegerField(getTranslation("action.progress"));
    /** The owner's confidence (issue 15), given with the answer like with any progress report. */
    final EnumSelect<Confidence> confidence =
            new EnumSelect<>(getTranslation("action.report.confidence"), Confidence.class, true);
    final TextArea text = new TextArea(getTranslation("statusround.my.text"));
    final Map<IndicatorItem, BigDecimalField> values = new LinkedHashMap<>();
    /** Indicators broken down into categories: a value per category instead of one total. */
    final List<CategoryFields> categoryValues = new ArrayList<>();
    final FormErrors errors = new FormErrors();
    final Span state = new Span();
    final Button send;

    AnswerForm(StatusRoundService rounds, RequestedAction requested) {
        this.rounds = rounds;
        this.current = requested;
        addClassName("lw-answer");
        var action = requested.action();
        var title = new Anchor("massnahmen/" + action.id(), action.number() + " · " + action.title());
        title.addClassName("lw-cell-title");
        var head = new Div(new TrafficLightBadge(action.trafficLight().colour(), action.trafficLight().reasons()),
                title, state);
        head.addClassName("lw-change-head");

        status.setValue(action.status());
        progress.setValue(action.progress());
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setWidth("9em");
        if (action.progressRolledUp()) {
            progress.setReadOnly(true);
            progress.setHelperText(getTranslation("action.progress.rolled-up"));
        }
        confidence.setValue(action.confidence());
        confidence.setWidth("9em");
        var fields = new Div(status, progress, confidence);
        for (var indicator : requested.indicators()) {
            if (indicator.isBrokenDown()) {
                var group = new CategoryFields(indicator, indicator.latestValue() == null ? null
                        : getTranslation("statusround.category.latest", Formats.number(indicator.latestValue(), getLocale())));
                categoryValues.add(group);
                fields.add(group);
                continue;
            }
            var field = new BigDecimalField(getTranslation("statusround.my.indicator", indicator.name(), indicator.unit()));
            if (indicator.latestValue() != null) {
                field.setPlaceholder(Formats.number(indicator.latestValue(), getLocale()));
            }
            field.setWidth("16em");
            values.put(indicator, field);
            fields.add(field);
        }
        fields.addClassName("lw-answer-fields");
        text.setMaxLength(ProgressReport.TEXT_MAX);
        text.setMinRows(1);
        send = new Button(getTranslation("statusround.my.send"), VaadinIcon.PAPERPLANE_O.create(), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("lw-answer-send");
        fields.add(text, send);
        add(head, errors, fields);
        showState();
    }

    private void send() {
        var progressOk = progress.getValue() != null && progress.getValue() >= 0 && progress.getValue() <= 100;
        text.setInvalid(text.isEmpty());
        text.setErrorMessage(getTranslation("validation.required"));
        progress.setInvalid(!progressOk);
        progress.setErrorMessage(getTranslation("validation.range", 0, 100));
        var numbersOk = values.values().stream().noneMatch(BigDecimalField::isInvalid)
                && categoryValues.stream().noneMatch(CategoryFields::isInvalid);
        if (text.isEmpty() || !progressOk || !numbersOk) {
            return;
        }
        var measurements = new ArrayList<MeasurementAnswer>();
        values.forEach((indicator, field) -> {
            if (field.getValue() != null) {
                measurements.add(new MeasurementAnswer(indicator.id(), field.getValue(), null));
            }
        });
        measurements.addAll(CategoryFields.answers(categoryValues));
        var report = new ProgressReport(text.getValue(), status.getValue(), progress.getValue(), confidence.getValue());
        if (errors.attempt(() -> current = rounds.answer(current.requestId(), current.action().version(), report,
                measurements))) {
            text.clear();
            values.forEach((indicator, field) -> {
                field.setPlaceholder(field.getValue() == null ? field.getPlaceholder()
                        : Formats.number(field.getValue(), getLocale()));
                field.clear();
            });
            categoryValues.forEach(CategoryFields::clear);
            showState();
            Notifications.saved(getTranslation("statusround.my.sent"));
        }
    }

    RequestedAction requested() {
        return current;
    }

    private void showState() {
        state.removeAll();
        state.getElement().getClassList().clear();
        if (current.answered()) {
            state.add(VaadinIcon.CHECK.create(), new Span(getTranslation("statusround.my.answered",
                    Formats.dateTime(current.answeredAt(), getLocale()))));
            state.addClassNames("lw-pill", "lw-pill-success", "lw-answer-state");
        } else {
            state.add(new Span(getTranslation("statusround.my.open")));
            state.addClassNames("lw-pill", "lw-pill-neutral", "lw-answer-state");
        }
    }
}
