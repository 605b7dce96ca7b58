package de.lenkwerk.action;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The path through the milestones, and the reasons an indicator gives its action's traffic light. */
class MilestonePathTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2026, 4, 30);
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal TARGET = BigDecimal.valueOf(300);
    /** Slow start: half the target only by 15 March, then faster. */
    private static final List<Milestone> MILESTONES = List.of(new Milestone(LocalDate.of(2026, 3, 15), BigDecimal.valueOf(150)));

    private static BigDecimal expected(List<Milestone> milestones, LocalDate day) {
        return MilestonePath.expectedValue(ZERO, START, milestones, TARGET, END, day);
    }

    private static IndicatorProgress.Facts facts(List<Milestone> milestones, Integer current, Forecast forecast) {
        return new IndicatorProgress.Facts("Teilnehmende", "Teilnehmende", ZERO, START, TARGET, END,
                IndicatorDirection.UP, milestones, current == null ? null : BigDecimal.valueOf(current), forecast);
    }

    @Test
    void theExpectationRunsThroughEachMilestoneInsteadOfTheStraightLine() {
        assertThat(expected(MILESTONES, LocalDate.of(2026, 3, 8))).isEqualByComparingTo("75");
        assertThat(expected(MILESTONES, LocalDate.of(2026, 3, 15))).isEqualByComparingTo("150");
        // half-way between milestone (15.03., 150) and target (30.04., 300): 23 of 46 days
        assertThat(expected(MILESTONES, LocalDate.of(2026, 4, 7))).isEqualByComparingTo("225");
        // without milestones the straight line: 14 of 60 days of 300
        assertThat(expected(List.of(), LocalDate.of(2026, 3, 15))).isEqualByComparingTo("70");
    }

    @Test
    void beforeTheBaselineThePathIsTheBaselineAndAfterTheTargetDateTheTarget() {
        assertThat(expected(MILESTONES, START.minusDays(3))).isEqualByComparingTo("0");
        assertThat(expected(MILESTONES, END.plusDays(3))).isEqualByComparingTo("300");
    }

    @Test
    void milestonesOutsideTheIndicatorsTimeAreIgnoredAndTheOthersAreSorted() {
        var points = MilestonePath.points(ZERO, START, List.of(new Milestone(LocalDate.of(2026, 4, 1), BigDecimal.valueOf(200)),
                new Milestone(LocalDate.of(2026, 3, 10), BigDecimal.valueOf(50)), new Milestone(END.plusDays(1), TARGET)),
                TARGET, END);
        assertThat(points).extracting(Milestone::dueOn).containsExactly(START, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 1), END);
    }

    @Test
    void aValueBelowTheLineButOnTheMilestonePathIsNotBehind() {
        // 20 March: the straight line expects 95, the steep milestone path about 166, so 120 is behind only the path
        var day = LocalDate.of(2026, 3, 20);
        assertThat(IndicatorProgress.isBehind(facts(List.of(), 120, null), day)).isFalse();
        assertThat(IndicatorProgress.isBehind(facts(MILESTONES, 120, null), day)).isTrue();
        // a gentle milestone lets a slow start pass that the straight line would flag
        var gentle = List.of(new Milestone(LocalDate.of(2026, 4, 15), BigDecimal.valueOf(100)));
        assertThat(IndicatorProgress.isBehind(facts(List.of(), 60, null), day)).isTrue();
        assertThat(IndicatorProgress.isBehind(facts(gentle, 60, null), day)).isFalse();
    }

    @Test
    void aMilestonePassedWithoutReachingItIsNamedWithTheValueReached() {
        var reasons = IndicatorProgress.reasons(facts(MILESTONES, 132, null), LocalDate.of(2026, 3, 16));
        assertThat(reasons).containsExactly(new TrafficLight.Reason("rag.reason.milestone-missed", "Teilnehmende",
                "150", "Teilnehmende", "15.03.", "132"));
    }

    @Test
    void onTheMilestonesDayItIsNotMissedYetAndOnceReachedItIsNotMissedAtAll() {
        assertThat(MilestonePath.missed(MILESTONES, IndicatorDirection.UP, ZERO, BigDecimal.valueOf(132),
                LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(MilestonePath.missed(MILESTONES, IndicatorDirection.UP, ZERO, BigDecimal.valueOf(150),
                LocalDate.of(2026, 3, 16))).isEmpty();
        assertThat(MilestonePath.missed(MILESTONES, IndicatorDirection.UP, ZERO, null,
                LocalDate.of(2026, 3, 16))).isPresent();
    }

    @Test
    void onlyTheLatestPassedMilestoneCounts() {
        var two = List.of(new Milestone(LocalDate.of(2026, 3, 10), BigDecimal.valueOf(100)),
                new Milestone(LocalDate.of(2026, 4, 1), BigDecimal.valueOf(200)));
        assertThat(MilestonePath.missed(two, IndicatorDirection.UP, ZERO, BigDecimal.valueOf(180), LocalDate.of(2026, 4, 2)))
                .contains(two.get(1));
        assertThat(MilestonePath.missed(two, IndicatorDirection.UP, ZERO, BigDecimal.valueOf(180), LocalDate.of(2026, 3, 20)))
                .isEmpty();
    }

    @Test
    void forLessIsBetterAMilestoneIsMissedWhileTheValueIsAboveIt() {
        var waiting = List.of(new Milestone(LocalDate.of(2026, 3, 15), BigDecimal.valueOf(20)));
        assertThat(MilestonePath.missed(waiting, IndicatorDirection.DOWN, BigDecimal.valueOf(40), BigDecimal.valueOf(25),
                LocalDate.of(2026, 3, 20))).isPresent();
        assertThat(MilestonePath.missed(waiting, IndicatorDirection.DOWN, BigDecimal.valueOf(40), BigDecimal.valueOf(18),
                LocalDate.of(2026, 3, 20))).isEmpty();
    }

    @Test
    void aForecastThatMissesTheTargetIsAReasonUntilTheTargetDate() {
        var forecast = new Forecast(Forecast.Outcome.MISS, BigDecimal.valueOf(281), 4);
        var reasons = IndicatorProgress.reasons(facts(List.of(), 200, forecast), LocalDate.of(2026, 4, 10));
        assertThat(reasons).containsExactly(new TrafficLight.Reason("rag.reason.forecast-miss", "Teilnehmende", "281",
                "300", "30.04."));
        // on the target date the value is simply behind; a forecast has nothing left to say
        assertThat(IndicatorProgress.reasons(facts(List.of(), 200, forecast), END)).extracting(TrafficLight.Reason::key)
                .containsExactly("rag.reason.indicator-behind");
        var onCourse = new Forecast(Forecast.Outcome.ON_COURSE, BigDecimal.valueOf(310), 4);
        assertThat(IndicatorProgress.reasons(facts(List.of(), 200, onCourse), LocalDate.of(2026, 4, 10))).isEmpty();
    }

    @Test
    void anIndicatorBehindItsPathWithoutAMilestoneSaysItIsBehind() {
        var reasons = IndicatorProgress.reasons(facts(List.of(), 50, null), LocalDate.of(2026, 3, 31));
        assertThat(reasons).containsExactly(new TrafficLight.Reason("rag.reason.indicator-behind", "Teilnehmende"));
    }
}
