package de.lenkwerk.meeting.ui;

import java.time.Clock;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Consumer;

/** Plans a meeting: title, date and time, place. Today's members are invited automatically. */
class MeetingDialog extends Dialog {

    final TextField title = new TextField(getTranslation("meeting.title"));
    final DateTimePicker startsAt = DatePickers.createDateTime(getTranslation("meeting.starts-at"));
    final TextField place = new TextField(getTranslation("meeting.place"));
    final FormErrors errors = new FormErrors();
    final Button save;

    MeetingDialog(MeetingService meetings, long bodyId, Consumer<MeetingItem> onSaved, Clock clock) {
        setHeaderTitle(getTranslation("meeting.new"));
        setWidth("36em");
        title.setId("meeting-title");
        title.setMaxLength(MeetingData.TITLE_MAX);
        place.setMaxLength(MeetingData.PLACE_MAX);
        // mark what a meeting needs, as the body dialog does
        title.setRequiredIndicatorVisible(true);
        startsAt.setRequiredIndicatorVisible(true);
        startsAt.setValue(LocalDateTime.now(clock).plusWeeks(2).with(LocalTime.of(10, 0)));
        var form = new FormLayout(title, startsAt, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(errors, form);
        save = new Button(getTranslation("action.save"), e -> {
            title.setInvalid(title.isEmpty());
            title.setErrorMessage(getTranslation("validation.required"));
            startsAt.setInvalid(startsAt.isEmpty());
            startsAt.setErrorMessage(getTranslation("validation.date"));
            if (title.isEmpty() || startsAt.isEmpty()) {
                return;
            }
            var data = new MeetingData(title.getValue(), startsAt.getValue(), place.getValue(), MeetingState.PLANNED, null);
            if (errors.attempt(() -> onSaved.accept(meetings.plan(bodyId, data)))) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> title.focus());
    }
}
