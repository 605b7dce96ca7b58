package de.lenkwerk.meeting;

public enum MeetingState {
    PLANNED, HELD, MINUTES_APPROVED
}
