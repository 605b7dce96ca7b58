package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;

/**
 * The agreed details. The secretariat edits them; owners and readers see them read-only. A save based on an old
 * version is refused with who changed it, and the form keeps what was typed.
 */
class ActionDetailsTab extends Div {

    final ActionForm form;
    final FormErrors errors = new FormErrors();
    final Button save;

    ActionDetailsTab(ActionView view, ActionDetail action, ActionService actions, MeetingService meetings,
                     PersonService people, OrganisationService organisations, Clock clock) {
        addClassName("lw-section");
        form = new ActionForm(action.bodyId(), actions, meetings, people, organisations, clock);
        if (action.canEdit()) {
            form.read(action.toData());
        } else {
            form.show(action);
        }
        if (action.progressRolledUp()) {
            form.lockProgress(getTranslation("action.progress.rolled-up"));
        }
        save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> {
            if (errors.attempt(() -> actions.update(action.id(), action.version(), data))) {
                Notifications.saved(getTranslation("action.saved"));
                view.reload(0);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setVisible(action.canEdit());
        save.setId("action-save");
        var changed = new Paragraph(getTranslation("action.changed-by", action.updatedBy(),
                Formats.dateTime(action.updatedAt(), getLocale())));
        changed.addClassName("lw-muted");
        add(errors, form, new Div(save), changed);
        if (action.canEdit()) {
            add(overrideCard(view, action, actions));
        }
    }

    private Div overrideCard(ActionView view, ActionDetail action, ActionService actions) {
        var colour = new EnumSelect<>(getTranslation("action.rag.override.colour"), Rag.class, false);
        colour.setItems(Rag.RED, Rag.AMBER, Rag.GREEN);
        var reason = new TextField(getTranslation("action.rag-override-reason"));
        reason.setMaxLength(1000);
        reason.setWidth("30em");
        var overrideErrors = new FormErrors();
        var apply = new Button(getTranslation("action.rag.override.set"), e -> {
            if (colour.isEmpty()) {
                colour.setInvalid(true);
                colour.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (overrideErrors.attempt(() -> actions.overrideTrafficLight(action.id(), action.version(), colour.getValue(),
                    reason.getValue()))) {
                view.reload(0);
            }
        });
        var clear = new Button(getTranslation("action.rag.override.clear"), e -> {
            if (overrideErrors.attempt(() -> actions.overrideTrafficLight(action.id(), action.version(), null, null))) {
                view.reload(0);
            }
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setVisible(action.overrideBy() != null);
        var row = new Div(colour, reason, apply, clear);
        row.addClassName("lw-toolbar");
        var card = new Div(new H2(getTranslation("action.rag.override.set")), overrideErrors, row);
        if (action.overrideBy() != null) {
            card.add(new Paragraph(getTranslation("action.rag.override.by", action.overrideBy(),
                    Formats.dateTime(action.overrideAt(), getLocale()))));
        }
        card.addClassName("lw-card");
        return card;
    }
}
