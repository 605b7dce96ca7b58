package de.lenkwerk.notification;

import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every morning: owners and deputies hear of deadlines in the coming days and of missed ones (again each week an
 * action stays overdue). Each reminder is sent once per person, action and deadline, however often the job runs;
 * ShedLock keeps several instances from running it at the same time.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ActionService actions;
    private final NotificationService notifications;
    private final Clock clock;
    private final int daysAhead;

    ReminderJob(ActionService actions, NotificationService notifications, Clock clock,
                @Value("${lenkwerk.reminders.days-ahead:7}") int daysAhead) {
        this.actions = actions;
        this.notifications = notifications;
        this.clock = clock;
        this.daysAhead = daysAhead;
    }

    @Scheduled(cron = "${lenkwerk.reminders.cron:0 0 6 * * *}", zone = "${lenkwerk.time-zone:Europe/Berlin}")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        var sent = SystemActor.call(() -> remind(LocalDate.now(clock)));
        log.info("Daily reminders: {} sent", sent);
    }

    /** Sends the reminders that are due on the given day; returns how many were new. */
    int remind(LocalDate today) {
        var sent = 0;
        for (var item : actions.openDeadlines(today.plusDays(daysAhead))) {
            for (var personId : recipients(item)) {
                if (notifications.send(notice(item, personId, today))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private static Notice notice(DeadlineItem item, long personId, LocalDate today) {
        var link = ActionNotifications.link(item.actionId());
        var values = List.<Object>of(item.number(), item.title(), item.deadline());
        if (item.deadline().isBefore(today)) {
            // day 1 to 7 after the deadline is the first week, so the reminders come on days 1, 8, 15 …
            var week = (ChronoUnit.DAYS.between(item.deadline(), today) - 1) / 7;
            return new Notice(personId, NotificationKind.OVERDUE, link, values,
                    "overdue:" + item.actionId() + ":" + item.deadline() + ":" + week);
        }
        return new Notice(personId, NotificationKind.DEADLINE_SOON, link, values,
                "deadline:" + item.actionId() + ":" + item.deadline());
    }

    private static List<Long> recipients(DeadlineItem item) {
        var result = new LinkedHashSet<Long>();
        result.add(item.ownerPersonId());
        if (item.deputyPersonId() != null) {
            result.add(item.deputyPersonId());
        }
        return List.copyOf(result);
    }
}
