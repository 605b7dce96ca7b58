package de.lenkwerk.action;

import java.time.LocalDate;

/**
 * The filters of the actions list; every one is optional. {@code mine}: owner or deputy is the signed-in person.
 * {@code scope} selects what a dashboard figure counts, so that a click on it shows exactly those actions.
 */
public record ActionFilter(Long bodyId, Long organisationId, Long ownerPersonId, ActionStatus status, Rag rag,
                           LocalDate deadlineFrom, LocalDate deadlineTo, String text, boolean mine, Long meetingId,
                           Scope scope) {

    /** The selections behind the dashboard's key figures. */
    public enum Scope {
        ALL, OPEN, OVERDUE, DUE_SOON, DONE_RECENTLY;

        /** Days ahead that count as "due soon", and days back that count as "recently done". */
        public static final int DUE_SOON_DAYS = 14;
        public static final int RECENT_DAYS = 90;
    }

    public ActionFilter {
        scope = scope == null ? Scope.ALL : scope;
    }

    public ActionFilter(Long bodyId, Long organisationId, Long ownerPersonId, ActionStatus status, Rag rag,
                        LocalDate deadlineFrom, LocalDate deadlineTo, String text, boolean mine, Long meetingId) {
        this(bodyId, organisationId, ownerPersonId, status, rag, deadlineFrom, deadlineTo, text, mine, meetingId, Scope.ALL);
    }

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
