package de.lenkwerk.meeting;

/** Planned, then held, then minutes approved; only that way (reopening approved minutes goes through its own step). */
public enum MeetingState {
    PLANNED, HELD, MINUTES_APPROVED;

    /** Whether a meeting in this state may be saved in that one: the same, or the next along the path. */
    public boolean mayBecome(MeetingState next) {
        return next == this || next.ordinal() == ordinal() + 1;
    }

    /** The states a meeting in this state can be saved in, for the state select. */
    public java.util.List<MeetingState> reachable() {
        return java.util.Arrays.stream(values()).filter(this::mayBecome).toList();
    }
}
