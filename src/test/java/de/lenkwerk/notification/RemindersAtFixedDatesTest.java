package de.lenkwerk.notification;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.TestClock;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminders at fixed Berlin days: seven days before the deadline once, and once a week while overdue,
 * across a month end and the change to summer time, with the day read from the application's clock.
 */
@ServiceTest
class RemindersAtFixedDatesTest {

    @Autowired
    ReminderJob reminders;
    @Autowired
    ActionService actions;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestClock clock;
    @Autowired
    TestData fixture;

    private TestData.Account ownerAccount;

    private BodyItem body;
    private long owner;

    @BeforeEach
    void setUp() {
        body = fixture.body("Erinnerungsgremium");
        ownerAccount = fixture.account("Erik Erinnerung");
        owner = ownerAccount.personId();
    }

    private ActionDetail action(LocalDate deadline) {
        return SystemActor.call(() -> actions.create(body.id(), new ActionData("Erinnerungsprobe", null, owner, null,
                null, Set.of(), deadline.minusDays(60), deadline, ActionStatus.IN_PROGRESS, 10, null, null, null,
                null), null));
    }

    /** The day's reminder run, reading its day from the clock as the scheduled job does. */
    private void runAt(Instant moment) {
        clock.set(moment);
        SystemActor.run(() -> reminders.remind(LocalDate.now(clock)));
    }

    private long received(ActionDetail action, NotificationKind kind) {
        fixture.signIn(ownerAccount);
        return notifications.mine(500, Locale.GERMAN).stream()
                .filter(n -> n.kind() == kind && n.link().equals(ActionNotifications.link(action.id()))).count();
    }

    @Test
    void theSevenDayReminderComesOnceOnTheBerlinDayOfTheChangeToSummerTime() {
        clock.set(LocalDate.of(2027, 3, 1));
        var inSevenDays = action(LocalDate.of(2027, 4, 4));
        var inEightDays = action(LocalDate.of(2027, 4, 5));

        // 23:30 UTC on 27 March is already 00:30 on 28 March in Berlin, the day the clocks go forward
        runAt(Instant.parse("2027-03-27T22:59:00Z"));
        assertThat(received(inSevenDays, NotificationKind.DEADLINE_SOON)).as("still 27 March in Berlin").isZero();
        runAt(Instant.parse("2027-03-27T23:30:00Z"));
        runAt(Instant.parse("2027-03-28T04:00:00Z"));

        assertThat(received(inSevenDays, NotificationKind.DEADLINE_SOON)).isEqualTo(1);
        assertThat(received(inEightDays, NotificationKind.DEADLINE_SOON)).isZero();
    }

    @Test
    void anOverdueActionIsRemindedOnceAWeekFromTheDayAfterAMonthEnd() {
        clock.set(LocalDate.of(2027, 1, 1));
        var action = action(LocalDate.of(2027, 1, 31));

        runAt(Instant.parse("2027-01-31T10:00:00Z"));
        assertThat(received(action, NotificationKind.OVERDUE)).isZero();
        runAt(Instant.parse("2027-02-01T05:00:00Z"));
        assertThat(received(action, NotificationKind.OVERDUE)).isEqualTo(1);
        runAt(Instant.parse("2027-02-07T05:00:00Z"));
        assertThat(received(action, NotificationKind.OVERDUE)).as("the same week").isEqualTo(1);
        runAt(Instant.parse("2027-02-08T05:00:00Z"));
        assertThat(received(action, NotificationKind.OVERDUE)).as("a week later").isEqualTo(2);
    }
}
