package de.lenkwerk.action;

public enum ActionStatus {
    PLANNED, IN_PROGRESS, BLOCKED, DONE, DROPPED;

    public boolean isOpen() {
        return this != DONE && this != DROPPED;
    }
}
