package de.lenkwerk.notification;

import org.springframework.stereotype.Service;

/**
 * A plain mail to an address, for mails that are no notification of a signed-in person: a personal status link
 * goes to someone who has no account and no notification settings. Same SMTP setup and error handling as the
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

    /** Sends one plain-text mail; false (and a log line) if it could not go out. */
    public boolean send(String to, String subject, String text) {
        return mailer.send(to, subject, text);
    }
}
