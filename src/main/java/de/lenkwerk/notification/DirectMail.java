package de.lenkwerk.notification;

import org.springframework.stereotype.Service;

/**
 * A plain mail to an address, for mails that are no notification of a signed-in person: a personal status link
 * goes to someone who has no account and no notification settings. Same SMTP setup and durable outbox as the
 * notification mails; without SMTP nothing is sent.
 */
@Service
public class DirectMail {

    private final NotificationMailer mailer;

    DirectMail(NotificationMailer mailer) {
        this.mailer = mailer;
    }

    public boolean isConfigured() {
        return mailer.isConfigured();
    }

    /** The address of a page of this installation, from {@code lenkwerk.base-url}. */
    public String url(String path) {
        return mailer.url(path);
    }

    /**
     * Queues one plain-text mail in the durable outbox, in the current transaction; it is sent after the commit and
     * tried again if the server fails. False if no mail server is configured, so nothing will go out.
     */
    public boolean send(String to, String subject, String text) {
        return mailer.send(to, subject, text);
    }

    /** As {@link #send(String, String, String)}; once the mail went out, {@link MailSent} carries topic, refId and note. */
    public boolean send(String to, String subject, String text, String topic, long refId, String note) {
        return mailer.send(to, subject, text, topic, refId, note);
    }
}
