package de.lenkwerk.notification;

/** Why someone is notified. Each kind has a text {@code notification.kind.<name>} and can be mailed or not. */
public enum NotificationKind {
    ASSIGNED, STATUS_REQUESTED, STATUS_REMINDED, DEADLINE_SOON, OVERDUE, CHANGED,
    /** Someone else reported progress on an action; mailed with the "changed" choice. */
    REPORTED,
    /** Someone else entered a measured value for an action's indicator; mailed with the "changed" choice. */
    MEASURED
}
