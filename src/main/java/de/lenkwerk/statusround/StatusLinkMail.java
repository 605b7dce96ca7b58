package de.lenkwerk.statusround;

import de.lenkwerk.base.Translations;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import de.lenkwerk.notification.DirectMail;
import de.lenkwerk.notification.MailSent;
import de.lenkwerk.organisation.PersonItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;

/**
 * The mails of personal links and the steps in the history. A mail is queued in the durable outbox with the
 * transaction that created (or replaced) the link and goes out after its commit; "sent" is recorded when the outbox
 * reports it sent ({@link MailSent}), so the tracker never says "sent" for a mail that did not go out.
 */
@Component
class StatusLinkMail {

    private static final String TOPIC = "status-link";

    private final DirectMail mail;
    private final HistoryService history;
    private final StatusLinkRepository links;
    private final Translations translations;
    private final Clock clock;

    StatusLinkMail(DirectMail mail, HistoryService history, StatusLinkRepository links, Translations translations,
                   Clock clock) {
        this.mail = mail;
        this.history = history;
        this.links = links;
        this.translations = translations;
        this.clock = clock;
    }

    boolean isConfigured() {
        return mail.isConfigured();
    }

    String address(String token) {
        return mail.url(StatusLinkTokens.PATH + "/" + token);
    }

    /** Records a step of the link in the history of each of its actions. */
    void recordStep(StatusLink link, String step, String personName) {
        recordStep(link, link.getActionIds(), step, personName);
    }

    void recordStep(StatusLink link, Collection<Long> actionIds, String step, String personName) {
        for (var actionId : actionIds) {
            history.recordCreated(new RecordRef(RecordType.STATUS_LINK, link.getId(), link.getBodyId(), actionId),
                    new Snapshot().put("statuslink.history." + step, personName));
        }
    }

    /** @return whether a mail server is configured, so the mail is on its way */
    boolean sendAfterCommit(StatusLink link, PersonItem person, String token, String bodyName) {
        var locale = Locale.forLanguageTag(link.getLanguage());
        var text = translations.text(locale, "statuslink.mail.greeting", person.fullName()) + "\n\n"
                + translations.text(locale, "statuslink.mail.text", bodyName, link.getActionIds().size(),
                Formats.date(link.getEndsOn(), locale)) + "\n\n"
                + (link.getMessage() == null ? "" : link.getMessage() + "\n\n")
                + address(token) + "\n\n"
                + translations.text(locale, "statuslink.mail.footer");
        var subject = translations.text(locale, "statuslink.mail.subject", bodyName);
        return mail.send(person.email(), subject, text, TOPIC, link.getId(),
                person.fullName() + " <" + person.email() + ">");
    }

    /** The outbox has sent a link's mail: now the tracker says "sent", and the history has the step. */
    @EventListener
    public void onSent(MailSent event) {
        if (!TOPIC.equals(event.topic())) {
            return;
        }
        links.findById(event.refId()).ifPresent(link -> {
            links.markSent(link.getId(), LocalDateTime.now(clock));
            recordStep(link, "sent", event.note());
        });
    }

    /** The reminder points to the mail they have: the link itself is known only to them. */
    void remindAfterCommit(StatusLink link, PersonItem person, String bodyName) {
        var locale = Locale.forLanguageTag(link.getLanguage());
        var text = translations.text(locale, "statuslink.mail.greeting", person.fullName()) + "\n\n"
                + translations.text(locale, "statuslink.mail.reminder", bodyName,
                Formats.date(link.getEndsOn(), locale)) + "\n\n"
                + translations.text(locale, "statuslink.mail.footer");
        var subject = translations.text(locale, "statuslink.mail.reminder.subject", bodyName);
        mail.send(person.email(), subject, text);
    }
}
