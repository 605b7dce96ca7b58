package de.lenkwerk.history;

public enum RecordType {
    BODY, MEMBERSHIP, MEETING, ACTION, INDICATOR, MEASUREMENT, STATUS_LINK, PAPER
}
