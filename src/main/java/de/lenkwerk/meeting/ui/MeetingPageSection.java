package de.lenkwerk.meeting.ui;

import com.vaadin.flow.component.Component;
import de.lenkwerk.meeting.MeetingItem;

/** A part of the meeting page contributed by another feature (the actions agreed there). */
public interface MeetingPageSection {

    /** Position on the page, smallest first. */
    default int order() {
        return 0;
    }

    /** Some sections are only for those who manage the body (e.g. recording new agreements). */
    default boolean visibleFor(boolean canManage) {
        return true;
    }

    String titleKey();

    Component create(MeetingItem meeting, boolean canManage);
}
