package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.TestClock;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored traffic light at fixed days in Europe/Berlin: deadlines at month ends and on a leap day, the days
 * around midnight and the changes to and from summer time. The day is always the Berlin day, whatever the server's
 * zone, and every day comes from the application's clock.
 */
@ServiceTest
class TrafficLightAtFixedDatesTest {

    @Autowired
    ActionService actions;
    @Autowired
    TrafficLights trafficLights;
    @Autowired
    TestClock clock;
    @Autowired
    TestData fixture;

    private TestData.Account ownerAccount;

    private BodyItem body;
    private long owner;

    @BeforeEach
    void setUp() {
        body = fixture.body("Uhrgremium");
        ownerAccount = fixture.account("Frida Frist");
        owner = ownerAccount.personId();
    }

    private ActionDetail action(LocalDate start, LocalDate deadline, int progress) {
        return SystemActor.call(() -> actions.create(body.id(), new ActionData("Fristprobe", null, owner, null, null,
                Set.of(), start, deadline, ActionStatus.IN_PROGRESS, progress, null, null, null, null), null));
    }

    /** The action's light after the nightly refresh at this moment. */
    private TrafficLight lightAt(ActionDetail action, LocalDateTime berlinTime) {
        clock.set(berlinTime);
        return refreshed(action);
    }

    private TrafficLight refreshed(ActionDetail action) {
        SystemActor.run(trafficLights::refreshAll);
        return SystemActor.call(() -> actions.get(action.id())).trafficLight();
    }

    private static boolean has(TrafficLight light, String reason) {
        return light.reasons().stream().anyMatch(r -> r.key().equals(reason));
    }

    @Test
    void aDeadlineOnTheLastOfJanuaryIsOverdueFromTheFirstOfFebruary() {
        clock.set(LocalDate.of(2027, 1, 10));
        var action = action(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 95);

        assertThat(lightAt(action, LocalDate.of(2027, 1, 31).atTime(23, 59)).colour()).isNotEqualTo(Rag.RED);
        var next = lightAt(action, LocalDate.of(2027, 2, 1).atTime(0, 1));
        assertThat(next.colour()).isEqualTo(Rag.RED);
        assertThat(next.reasons()).contains(new TrafficLight.Reason("rag.reason.overdue", 1L));
    }

    @Test
    void theEndOfFebruaryIsTheTwentyEighthIn2027AndTheLeapDayIn2028() {
        clock.set(LocalDate.of(2027, 2, 1));
        var plain = action(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28), 95);
        clock.set(LocalDate.of(2028, 2, 1));
        var leap = action(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29), 95);

        assertThat(lightAt(plain, LocalDate.of(2027, 3, 1).atTime(9, 0)).reasons())
                .contains(new TrafficLight.Reason("rag.reason.overdue", 1L));
        assertThat(has(lightAt(leap, LocalDate.of(2028, 2, 29).atTime(9, 0)), "rag.reason.overdue")).isFalse();
        assertThat(lightAt(leap, LocalDate.of(2028, 3, 1).atTime(9, 0)).reasons())
                .contains(new TrafficLight.Reason("rag.reason.overdue", 1L));
    }

    @Test
    void halfAnHourAfterMidnightInBerlinIsTheNewDayThoughItIsStillYesterdayInUtc() {
        clock.set(LocalDate.of(2027, 6, 1));
        var action = action(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30), 95);

        // 21:30 UTC is 23:30 in Berlin (summer time): still the deadline day
        clock.set(Instant.parse("2027-06-30T21:30:00Z"));
        assertThat(has(refreshed(action), "rag.reason.overdue")).isFalse();
        // 22:30 UTC on the 30th is 00:30 on 1 July in Berlin
        clock.set(Instant.parse("2027-06-30T22:30:00Z"));
        assertThat(refreshed(action).reasons()).contains(new TrafficLight.Reason("rag.reason.overdue", 1L));
    }

    @Test
    void fourteenDaysBeforeTheDeadlineCountCalendarDaysAcrossTheChangeToSummerTime() {
        clock.set(LocalDate.of(2027, 3, 1));
        // 2027-03-28 is the change to summer time; the deadline lies 14 days after the 27th
        var action = action(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 10), 50);

        assertThat(has(lightAt(action, LocalDate.of(2027, 3, 26).atTime(12, 0)), "rag.reason.due-soon")).isFalse();
        assertThat(lightAt(action, LocalDate.of(2027, 3, 27).atTime(12, 0)).reasons())
                .contains(new TrafficLight.Reason("rag.reason.due-soon", 14L, 50));
    }

    @Test
    void fourteenDaysBeforeTheDeadlineCountCalendarDaysAcrossTheChangeBackToWinterTime() {
        clock.set(LocalDate.of(2027, 10, 1));
        // 2027-10-31 is the change back to winter time, a day of 25 hours
        var action = action(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 13), 50);

        assertThat(has(lightAt(action, LocalDate.of(2027, 10, 29).atTime(23, 30)), "rag.reason.due-soon")).isFalse();
        assertThat(lightAt(action, LocalDate.of(2027, 10, 30).atTime(0, 30)).reasons())
                .contains(new TrafficLight.Reason("rag.reason.due-soon", 14L, 50));
    }

    @Test
    void sixWeeksWithoutAnUpdateTurnAmberOnTheDayAcrossTheChangeToWinterTime() {
        clock.set(LocalDateTime.of(2027, 9, 25, 10, 0));
        var action = action(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 9, 1), 10);
        SystemActor.run(() -> actions.report(action.id(), action.version(),
                new ProgressReport("Begonnen", ActionStatus.IN_PROGRESS, 10)));

        assertThat(has(lightAt(action, LocalDate.of(2027, 11, 5).atTime(23, 0)), "rag.reason.stale")).isFalse();
        var sixWeeks = lightAt(action, LocalDate.of(2027, 11, 6).atTime(1, 0));
        assertThat(sixWeeks.colour()).isEqualTo(Rag.AMBER);
        assertThat(sixWeeks.reasons()).contains(new TrafficLight.Reason("rag.reason.stale", 6L));
    }

    @Test
    void theOverdueListAndTheDueSoonListFollowTheClock() {
        clock.set(LocalDate.of(2027, 1, 10));
        var dueEndOfJanuary = action(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), 10);
        var overdue = new ActionFilter(body.id(), null, null, null, null, null, null, null, false, null,
                ActionFilter.Scope.OVERDUE);
        var dueSoon = new ActionFilter(body.id(), null, null, null, null, null, null, null, false, null,
                ActionFilter.Scope.DUE_SOON);

        clock.set(LocalDate.of(2027, 1, 16));
        assertThat(SystemActor.call(() -> actions.count(dueSoon))).as("15 days ahead: not yet due soon").isZero();
        clock.set(LocalDate.of(2027, 1, 17));
        assertThat(SystemActor.call(() -> actions.count(dueSoon))).isEqualTo(1);
        clock.set(LocalDate.of(2027, 1, 31).atTime(23, 59));
        assertThat(SystemActor.call(() -> actions.count(overdue))).isZero();
        clock.set(LocalDate.of(2027, 2, 1).atTime(0, 1));
        assertThat(SystemActor.call(() -> actions.list(overdue, org.springframework.data.domain.Pageable.unpaged())))
                .extracting(ActionListItem::id).containsExactly(dueEndOfJanuary.id());
        assertThat(SystemActor.call(() -> actions.count(dueSoon))).isZero();
    }
}
