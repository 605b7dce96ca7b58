package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/** Records a new agreement with owner, deadline and, optionally, its first indicator. */
class NewActionDialog extends Dialog {

    final ActionForm form;
    final IndicatorForm indicator;
    final FormErrors errors = new FormErrors();
    final Button save;

    NewActionDialog(long bodyId, Long meetingId, ActionService actions, MeetingService meetings, PersonService people,
                    OrganisationService organisations, Consumer<ActionDetail> onSaved, Clock clock) {
        indicator = new IndicatorForm(clock);
        setHeaderTitle(getTranslation("action.new"));
        setWidth("52em");
        form = new ActionForm(bodyId, actions, meetings, people, organisations, clock);
        form.read(new ActionData("", "", null, null, null, Set.of(), LocalDate.now(clock), null, ActionStatus.IN_PROGRESS,
                0, meetingId, null, null, null));
        var indicatorDetails = new Details(getTranslation("action.first-indicator"), indicator);
        indicatorDetails.setWidthFull();
        add(errors, form, indicatorDetails);

        save = new Button(getTranslation("action.save"), e -> {
            var data = form.write();
            var indicatorData = indicator.isTouched() ? indicator.write() : java.util.Optional.<de.lenkwerk.action.IndicatorData>empty();
            if (indicator.isTouched() && indicatorData.isEmpty()) {
                indicatorDetails.setOpened(true);
                return;
            }
            data.ifPresent(d -> errors.attempt(() -> {
                var created = actions.create(bodyId, d, indicatorData.orElse(null));
                close();
                Notifications.saved(getTranslation("action.created", created.number()));
                onSaved.accept(created);
            }));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-create");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Strg+Enter");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> form.focus());
    }
}
