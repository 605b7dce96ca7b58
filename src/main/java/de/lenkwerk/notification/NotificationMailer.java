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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Mails notifications when SMTP is configured ({@code spring.mail.host}); without it the app works the same and
 * the administrator's settings page says that no mails go out. A failing mail server never undoes the change that
 * caused the notification: the error is logged and the notification stays in the app.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationRepository notifications;
    private final NotificationService service;
    private final NotificationTexts texts;
    private final PersonService people;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, NotificationRepository notifications,
                       NotificationService service, NotificationTexts texts, PersonService people,
                       AccountService accounts, PlatformTransactionManager transactionManager, Clock clock,
                       @Value("${lenkwerk.mail.from}") String from, @Value("${lenkwerk.base-url}") String baseUrl) {
        this.sender = sender;
        this.notifications = notifications;
        this.service = service;
        this.texts = texts;
        this.people = people;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
     * Runs once the transaction that recorded the notification has committed. It holds no transaction while talking
     * to the SMTP server (whose timeouts are set in application.properties); only the "mailed" mark is written after.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void onCreated(NotificationCreated event) {
        // without SMTP, no second connection is taken while the committed transaction still holds its own
        if (!isConfigured()) {
            return;
        }
        var notification = transactions.execute(status -> notifications.findById(event.notificationId()).orElse(null));
        if (notification == null) {
            return;
        }
        var settings = transactions.execute(status -> service.settingsOf(notification.getRecipientPersonId()));
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
            if (send(person.email(), texts.subject(notification.getKind(), values, locale), body)) {
                transactions.executeWithoutResult(
                        status -> notifications.markMailed(notification.getId(), LocalDateTime.now(clock)));
            }
        });
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

    /** Sends one plain-text mail; false (and a log line) if the server refused it or none is configured. */
    boolean send(String to, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail to {} could not be sent: {}", to, e.getMessage());
            return false;
        }
    }
}
