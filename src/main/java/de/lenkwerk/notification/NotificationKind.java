package de.lenkwerk.notification;

/** Why someone is notified. Each kind has a text {@code notification.kind.<name>} and can be mailed or not. */
public enum NotificationKind {
    ASSIGNED, STATUS_REQUESTED, STATUS_REMINDED, DEADLINE_SOON, OVERDUE, CHANGED
}
