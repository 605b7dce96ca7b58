package de.lenkwerk.meeting.ui;

import com.vaadin.flow.component.Component;
import de.lenkwerk.meeting.MeetingItem;

/**
 * A button or link in the meeting page's header contributed by another feature, for example the way into meeting
 * mode. The feature that owns the target screen builds the link, so navigation stays typed and the meeting
 * module needs to know none of the screens above it.
 */
public interface MeetingPageAction {

    /** Position in the header, smallest first. */
    default int order() {
        return 0;
    }

    /** The component, or empty when it does not apply to this meeting or this user. */
    java.util.Optional<Component> create(MeetingItem meeting, boolean canManage);
}
