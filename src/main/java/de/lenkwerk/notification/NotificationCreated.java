package de.lenkwerk.notification;

/** Published inside the sending transaction; the mailer acts on it once that transaction has committed. */
record NotificationCreated(long notificationId) {
}
