package de.lenkwerk.calendar;

import java.time.LocalDateTime;

/** Whether the signed-in person has a calendar address, and since when. The token itself is never readable again. */
public record CalendarFeedStatus(boolean active, LocalDateTime since) {

    static final CalendarFeedStatus NONE = new CalendarFeedStatus(false, null);
}
