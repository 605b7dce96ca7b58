package de.lenkwerk.notification;

import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Monday mornings, for those who asked for it in their profile: one mail with all their open actions, missed
 * deadlines first. Sent only when SMTP is configured; it has no in-app counterpart.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationSettingRepository settings;
    private final ActionService actions;
    private final NotificationMailer mailer;
    private final NotificationTexts texts;
    private final Clock clock;

    DigestJob(NotificationSettingRepository settings, ActionService actions, NotificationMailer mailer,
              NotificationTexts texts, Clock clock) {
        this.settings = settings;
        this.actions = actions;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "${lenkwerk.digest.cron:0 30 6 * * MON}", zone = "${lenkwerk.time-zone:Europe/Berlin}")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        var sent = SystemActor.call(() -> sendDigests(LocalDate.now(clock)));
        log.info("Weekly digest: {} mails queued", sent);
    }

    int sendDigests(LocalDate today) {
        if (!mailer.isConfigured()) {
            return 0;
        }
        var sent = 0;
        for (var setting : settings.findAll()) {
            var choices = setting.toSettings();
            if (!choices.weeklyDigest()) {
                continue;
            }
            var person = mailer.recipient(setting.getPersonId());
            if (person.isEmpty()) {
                continue;
            }
            var items = actions.openDeadlinesOf(setting.getPersonId());
            var locale = choices.language();
            var text = texts.text(locale, "mail.greeting", person.get().fullName()) + "\n\n"
                    + body(items, today, locale) + "\n"
                    + texts.text(locale, "mail.open", mailer.url("meine-massnahmen")) + "\n\n"
                    + mailer.footer(locale);
            if (mailer.send(person.get().email(), texts.text(locale, "mail.subject.digest", items.size()), text)) {
                sent++;
            }
        }
        return sent;
    }

    private String body(List<DeadlineItem> items, LocalDate today, Locale locale) {
        if (items.isEmpty()) {
            return texts.text(locale, "mail.digest.none") + "\n";
        }
        var result = new StringBuilder(texts.text(locale, "mail.digest.intro", items.size())).append("\n\n");
        for (var item : items) {
            var key = item.deadline().isBefore(today) ? "mail.digest.overdue" : "mail.digest.due";
            result.append("- ").append(texts.text(locale, key, item.number(), item.title(), item.deadline()))
                    .append("\n");
        }
        return result.toString();
    }
}
