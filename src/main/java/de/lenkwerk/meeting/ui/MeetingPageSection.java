package de.lenkwerk.meeting.ui;

import com.vaadin.flow.component.Component;
import de.lenkwerk.meeting.MeetingItem;

/** A part of the meeting page contributed by another feature (the actions agreed there). */
public interface MeetingPageSection {

    String titleKey();

    Component create(MeetingItem meeting, boolean canManage);
}
