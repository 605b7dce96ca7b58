package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Component;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.ui.MeetingPageSection;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;

/** The meeting page's card for recording agreements live, keyboard only (see {@link CaptureForm}). */
@org.springframework.stereotype.Component
class QuickCaptureSection implements MeetingPageSection {

    private final ActionService actions;
    private final MeetingService meetings;
    private final PersonService people;
    private final Clock clock;

    QuickCaptureSection(ActionService actions, MeetingService meetings, PersonService people, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public boolean visibleFor(boolean canManage) {
        return canManage;
    }

    @Override
    public String titleKey() {
        return "capture.title";
    }

    @Override
    public Component create(MeetingItem meeting, boolean canManage) {
        return new CaptureForm(actions, meetings, people, meeting, clock);
    }
}
