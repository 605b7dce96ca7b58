package de.lenkwerk.notification;

/** How many mails wait in the outbox (to be sent or tried again) and how many failed after their last try. */
public record MailQueue(long waiting, long failed) {
}
