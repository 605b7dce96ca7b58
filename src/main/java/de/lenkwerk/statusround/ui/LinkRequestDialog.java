package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.PersonPicker;
import de.lenkwerk.statusround.ChangedAction;
import de.lenkwerk.statusround.IssuedLink;
import de.lenkwerk.statusround.StatusLinkRequest;
import de.lenkwerk.statusround.StatusLinkService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The secretariat asks one person through a personal link: who (anyone with an e-mail address), about which of
 * the round's actions (or, on its own, the actions selected in the body's list), what is asked, a short message and
 * until when (default: a week after the round's answer-by date; on its own two weeks from today).
 */
class LinkRequestDialog extends Dialog {

    /** An action that can be asked about; {@code ownerPersonId} to preselect a person's own actions. */
    record Choice(long actionId, String label, Long ownerPersonId) {

        static Choice of(ChangedAction action) {
            return new Choice(action.changes().actionId(), action.changes().number() + " · " + action.changes().title(),
                    action.changes().ownerPersonId());
        }
    }

    final PersonPicker person;
    final CheckboxGroup<Choice> actions = new CheckboxGroup<>();
    /** Always on: a red or late action needs a reason, whatever else is asked; shown so the secretariat knows. */
    final Checkbox askReason = new Checkbox(true);
    final Checkbox askStatus = new Checkbox(true);
    final Checkbox askProgress = new Checkbox(true);
    final Checkbox askIndicators = new Checkbox(true);
    final Checkbox askText = new Checkbox(true);
    final TextArea message = new TextArea();
    final DatePicker endsOn;
    /** Empty: the person's own mail language (German unless they chose otherwise). */
    final Select<Locale> language = new Select<>();
    final FormErrors errors = new FormErrors();
    final Button send;

    /** Inside a round: the round's actions, a person's own preselected when they are picked. */
    static LinkRequestDialog forRound(StatusLinkService links, PersonService people, long bodyId, long roundId,
                                      List<ChangedAction> roundActions, Consumer<IssuedLink> onIssued, Clock clock) {
        return new LinkRequestDialog(links, people, bodyId, roundId,
                roundActions.stream().map(Choice::of).toList(), false, onIssued, clock);
    }

    /** On its own: the actions selected in the body's list, all preselected. */
    static LinkRequestDialog onItsOwn(StatusLinkService links, PersonService people, long bodyId,
                                      List<Choice> selected, Consumer<IssuedLink> onIssued, Clock clock) {
        return new LinkRequestDialog(links, people, bodyId, null, selected, true, onIssued, clock);
    }

    private LinkRequestDialog(StatusLinkService links, PersonService people, long bodyId, Long roundId,
                              List<Choice> choices, boolean allSelected, Consumer<IssuedLink> onIssued, Clock clock) {
        setHeaderTitle(getTranslation(roundId == null ? "statuslink.standalone.title" : "statuslink.request.title"));
        setWidth("36em");
        person = new PersonPicker(getTranslation("statuslink.request.person"), people);
        person.setId("statuslink-person");
        actions.setLabel(getTranslation("statuslink.request.actions"));
        actions.setItems(choices);
        actions.setItemLabelGenerator(Choice::label);
        if (allSelected) {
            actions.setValue(java.util.Set.copyOf(choices));
        }
        actions.addClassName("lw-link-request-actions");
        askStatus.setLabel(getTranslation("statuslink.ask.status"));
        askProgress.setLabel(getTranslation("statuslink.ask.progress"));
        askIndicators.setLabel(getTranslation("statuslink.ask.indicators"));
        askText.setLabel(getTranslation("statuslink.ask.text"));
        askReason.setLabel(getTranslation("statuslink.ask.reason"));
        askReason.setReadOnly(true);
        askReason.setId("statuslink-ask-reason");
        var asksLabel = new com.vaadin.flow.component.html.Span(getTranslation("statuslink.request.asks"));
        asksLabel.addClassName("lw-link-request-asks-label");
        var asks = new Div(asksLabel, askStatus, askProgress, askIndicators, askText, askReason);
        asks.addClassName("lw-link-request-asks");
        asks.getElement().setAttribute("role", "group");
        asks.getElement().setAttribute("aria-label", getTranslation("statuslink.request.asks"));
        message.setLabel(getTranslation("statuslink.request.message"));
        message.setMaxLength(StatusLinkRequest.MESSAGE_MAX);
        endsOn = DatePickers.create(getTranslation("statuslink.request.ends-on"), clock);
        endsOn.setMin(LocalDate.now(clock));
        endsOn.setValue(links.defaultEndsOn(roundId));
        person.addValueChangeListener(e -> {
            // preselect what this person owns in the round
            if (e.getValue() != null && actions.getValue().isEmpty()) {
                var id = e.getValue().id();
                actions.setValue(choices.stream().filter(a -> id.equals(a.ownerPersonId()))
                        .collect(Collectors.toSet()));
            }
        });
        language.setLabel(getTranslation("statuslink.request.language"));
        language.setItems(SupportedLocales.ALL);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("statuslink.request.language.person"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("statuslink.request.language.person")
                : l.getDisplayLanguage(l));
        var form = new FormLayout(person, actions, asks, message, endsOn, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var hint = new Paragraph(getTranslation("statuslink.request.hint"));
        hint.addClassName("lw-muted");
        add(errors, form, hint);
        send = new Button(getTranslation("statuslink.request.send"), e -> {
            person.setInvalid(person.isEmpty());
            person.setErrorMessage(getTranslation("validation.required"));
            actions.setInvalid(actions.isEmpty());
            actions.setErrorMessage(getTranslation("statuslink.error.no-actions"));
            endsOn.setInvalid(endsOn.isEmpty());
            endsOn.setErrorMessage(getTranslation("validation.date"));
            if (person.isEmpty() || actions.isEmpty() || endsOn.isEmpty()) {
                return;
            }
            var request = new StatusLinkRequest(person.getValue().id(),
                    actions.getValue().stream().map(Choice::actionId).collect(Collectors.toSet()),
                    new StatusLinkRequest.Asks(askStatus.getValue(), askProgress.getValue(), askIndicators.getValue(),
                            askText.getValue()), message.getValue(), endsOn.getValue(), language.getValue());
            var issued = new IssuedLink[1];
            if (errors.attempt(() -> issued[0] = links.create(bodyId, roundId, request))) {
                close();
                onIssued.accept(issued[0]);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("statuslink-send");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
