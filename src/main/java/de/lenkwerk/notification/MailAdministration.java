package de.lenkwerk.notification;

import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.Locale;

/** What the administrator sees of e-mail and the scheduled jobs, and a test mail to check the setup. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailAdministration {

    /** The setup as it is: host is null when no SMTP server is configured. */
    public record Status(String host, int port, String from, String reminderSchedule, int reminderDaysAhead,
                         String digestSchedule) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    private final NotificationMailer mailer;
    private final MailOutbox outbox;
    private final NotificationTexts texts;
    private final CurrentUser currentUser;
    private final Status status;

    MailAdministration(NotificationMailer mailer, MailOutbox outbox, NotificationTexts texts, CurrentUser currentUser,
                       @Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
                       @Value("${lenkwerk.reminders.cron:0 0 6 * * *}") String reminderSchedule,
                       @Value("${lenkwerk.reminders.days-ahead:7}") int daysAhead,
                       @Value("${lenkwerk.digest.cron:0 30 6 * * MON}") String digestSchedule) {
        this.mailer = mailer;
        this.outbox = outbox;
        this.texts = texts;
        this.currentUser = currentUser;
        this.status = new Status(mailer.isConfigured() ? host : null, port, mailer.from(), reminderSchedule, daysAhead,
                digestSchedule);
    }

    public Status status() {
        return status;
    }

    /** How many mails wait in the outbox and how many failed after their last try. */
    public MailQueue queue() {
        return outbox.queue();
    }

    /** Mails the signed-in administrator; returns the address it went to. */
    public String sendTestMail(Locale locale) {
        if (!mailer.isConfigured()) {
            throw new UserFacingException("settings.mail.off");
        }
        var person = mailer.recipient(currentUser.require().personId())
                .orElseThrow(() -> new UserFacingException("settings.mail.test.no-address"));
        var text = texts.text(locale, "mail.greeting", person.fullName()) + "\n\n"
                + texts.text(locale, "mail.test.text") + "\n\n" + mailer.footer(locale);
        // straight to the server, not through the outbox: the administrator wants to know now whether it works
        if (mailer.deliver(person.email(), texts.text(locale, "mail.subject.test"), text) != null) {
            throw new UserFacingException("settings.mail.test.failed");
        }
        return person.email();
    }
}
