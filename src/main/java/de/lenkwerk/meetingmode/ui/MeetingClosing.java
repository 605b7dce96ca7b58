package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.action.DecisionService;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;

/**
 * "Abschluss": what the meeting decided and agreed, attendance while it is still open, and closing the meeting,
 * after which the printable minutes are one click away.
 */
class MeetingClosing extends Div {

    private final transient MeetingService meetings;
    private final transient DecisionService decisions;
    private MeetingItem meeting;
    final FormErrors errors = new FormErrors();
    final Button close = new Button(getTranslation("closing.close"), VaadinIcon.CHECK.create());
    ConfirmDialog confirm;

    MeetingClosing(MeetingService meetings, DecisionService decisions, MeetingItem meeting) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.meeting = meeting;
        addClassName("lw-closing");
        close.setId("closing-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> askToClose());
        refresh();
    }

    /** Shows the current state; called whenever the closing step is opened, as decisions happen elsewhere. */
    void refresh() {
        removeAll();
        meeting = meetings.get(meeting.id());
        var summary = decisions.summary(meeting.id());
        var sections = new Div();
        sections.addClassName("lw-closing-summary");
        MinutesTables.sections(this, summary).forEach(sections::add);
        add(errors, sections);
        if (meeting.state() == MeetingState.PLANNED) {
            add(attendance(), close);
        } else {
            var printable = MeetingModeLinks.minutes(meeting);
            printable.setId("closing-minutes");
            var held = new Div(new Paragraph(getTranslation("closing.held")), printable);
            held.addClassName("lw-closing-held");
            add(held);
        }
    }

    private Div attendance() {
        var boxes = new Div();
        boxes.addClassName("lw-attendance");
        for (var participant : meetings.participants(meeting.id())) {
            var label = participant.personName()
                    + (participant.organisationName() == null ? "" : " (" + participant.organisationName() + ")");
            var box = new Checkbox(label, participant.attended());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    errors.attempt(() -> meetings.setAttendance(participant.id(), e.getValue()));
                }
            });
            boxes.add(box);
        }
        var section = new Div(new H2(getTranslation("closing.attendance")), boxes);
        section.addClassName("lw-minutes-section");
        return section;
    }

    private void askToClose() {
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("closing.confirm.title"));
        confirm.setText(getTranslation("closing.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("closing.confirm.cancel"));
        confirm.setConfirmText(getTranslation("closing.close"));
        confirm.addConfirmListener(e -> closeMeeting());
        confirm.open();
    }

    void closeMeeting() {
        if (errors.attempt(() -> meeting = meetings.close(meeting.id(), meeting.version()))) {
            Notifications.saved(getTranslation("closing.closed"));
            refresh();
        }
    }
}
