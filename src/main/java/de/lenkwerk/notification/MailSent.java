package de.lenkwerk.notification;

/**
 * Published by the mail outbox, inside a transaction of its own, once a queued mail has been accepted by the SMTP
 * server. {@code topic} and {@code refId} are what the sender gave when it queued the mail (for example a status
 * link), {@code note} a text it wanted to have back (for example the recipient as written in the history).
 */
public record MailSent(String topic, long refId, String note) {
}
