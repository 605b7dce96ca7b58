package de.lenkwerk.notification;

import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Mails notifications when SMTP is configured ({@code spring.mail.host}); without it the app works the same and
 * the administrator's settings page says that no mails go out. Every mail goes through the durable {@link MailOutbox}:
 * a failing or slow mail server never undoes or holds up the change that caused it, and a mail is tried again.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    static final String TOPIC = "notification";

    private final ObjectProvider<JavaMailSender> sender;
    private final ObjectProvider<MailOutbox> outbox;
    private final NotificationRepository notifications;
    private final NotificationService service;
    private final NotificationTexts texts;
    private final PersonService people;
    private final AccountService accounts;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, ObjectProvider<MailOutbox> outbox,
                       NotificationRepository notifications,
                       NotificationService service, NotificationTexts texts, PersonService people,
                       AccountService accounts, Clock clock,
                       @Value("${lenkwerk.mail.from}") String from, @Value("${lenkwerk.base-url}") String baseUrl) {
        this.sender = sender;
        this.outbox = outbox;
        this.notifications = notifications;
        this.service = service;
        this.texts = texts;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    String from() {
        return from;
    }

    /**
     * Runs inside the transaction that recorded the notification: the mail is written to the outbox with it, and is
     * sent after the commit (or after a restart, if the process dies first). Nothing is queued without SMTP.
     */
    @EventListener
    public void onCreated(NotificationCreated event) {
        if (!isConfigured()) {
            return;
        }
        var notification = notifications.findById(event.notificationId()).orElse(null);
        if (notification == null) {
            return;
        }
        var settings = service.settingsOf(notification.getRecipientPersonId());
        if (!settings.mails(notification.getKind())) {
            return;
        }
        recipient(notification.getRecipientPersonId()).ifPresent(person -> {
            var locale = settings.language();
            var values = notification.values();
            var body = texts.text(locale, "mail.greeting", person.fullName()) + "\n\n"
                    + texts.text(notification.getKind(), values, locale) + "\n\n"
                    + (notification.getLink() == null ? ""
                    : texts.text(locale, "mail.open", url(notification.getLink())) + "\n\n")
                    + footer(locale);
            outbox().enqueue(person.email(), texts.subject(notification.getKind(), values, locale), body,
                    TOPIC, notification.getId(), null);
        });
    }

    /** The outbox sent the mail of a notification: it is marked as mailed. */
    @EventListener
    public void onSent(MailSent event) {
        if (TOPIC.equals(event.topic())) {
            notifications.markMailed(event.refId(), LocalDateTime.now(clock));
        }
    }

    /**
     * The person's address, if they have one and their account (if any) is not deactivated; looked up as the
     * system, since mails go out after the user's work.
     */
    Optional<PersonItem> recipient(long personId) {
        return SystemActor.call(() -> accounts.isDeactivated(personId) ? Optional.<PersonItem>empty()
                : people.get(personId).filter(p -> p.email() != null && !p.email().isBlank()));
    }

    String footer(Locale locale) {
        return texts.text(locale, "mail.footer", url("profil"));
    }

    String url(String path) {
        return baseUrl + "/" + path;
    }

    /**
     * Queues one plain-text mail in the outbox (in the current transaction, sent after its commit); false if no mail
     * server is configured, so nothing will go out.
     */
    boolean send(String to, String subject, String text) {
        return send(to, subject, text, null, null, null);
    }

    /** As {@link #send(String, String, String)}; once it went out, {@link MailSent} reports topic, refId and note. */
    boolean send(String to, String subject, String text, String topic, Long refId, String note) {
        if (!isConfigured()) {
            return false;
        }
        outbox().enqueue(to, subject, text, topic, refId, note);
        return true;
    }

    /** Hands one plain-text mail to the SMTP server now; null if it took it, else the reason (also logged). */
    String deliver(String to, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return "no mail server configured";
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailSender.send(message);
            return null;
        } catch (MailException e) {
            log.warn("Mail to {} could not be sent: {}", to, e.getMessage());
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private MailOutbox outbox() {
        return outbox.getObject();
    }
}
