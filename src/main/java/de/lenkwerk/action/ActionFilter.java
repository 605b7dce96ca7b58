package de.lenkwerk.action;

import java.time.LocalDate;

/** The filters of the actions list; every one is optional. {@code mine}: owner or deputy is the signed-in person. */
public record ActionFilter(Long bodyId, Long organisationId, Long ownerPersonId, ActionStatus status, Rag rag,
                           LocalDate deadlineFrom, LocalDate deadlineTo, String text, boolean mine, Long meetingId) {

    public static final ActionFilter NONE = new ActionFilter(null, null, null, null, null, null, null, null, false, null);

    public static ActionFilter onlyMine() {
        return new ActionFilter(null, null, null, null, null, null, null, null, true, null);
    }

    public static ActionFilter ofBody(long bodyId) {
        return new ActionFilter(bodyId, null, null, null, null, null, null, null, false, null);
    }

    public static ActionFilter ofMeeting(long meetingId) {
        return new ActionFilter(null, null, null, null, null, null, null, null, false, meetingId);
    }
}
