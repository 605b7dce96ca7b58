package de.lenkwerk.action;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficLightRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final TrafficLightRule rule = new TrafficLightRule(TrafficLightSettings.DEFAULTS);

    private static TrafficLightRule.Facts facts(ActionStatus status, int progress, LocalDate start, LocalDate deadline) {
        return new TrafficLightRule.Facts(status, progress, start, deadline, TODAY.minusDays(3), List.of());
    }

    private TrafficLight evaluate(TrafficLightRule.Facts facts) {
        return rule.evaluate(facts, TODAY);
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"PLANNED", "DONE", "DROPPED"})
    void actionsNotStartedDoneOrDroppedHaveNoColourEvenWhenOverdue(ActionStatus status) {
        var light = evaluate(facts(status, 0, TODAY.minusDays(100), TODAY.minusDays(10)));

        assertThat(light.colour()).isEqualTo(Rag.GREY);
        assertThat(light.reasons()).hasSize(1);
    }

    @Test
    void anOpenActionPastItsDeadlineIsRedWithTheDaysOverdue() {
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 90, TODAY.minusDays(100), TODAY.minusDays(12)));

        assertThat(light.colour()).isEqualTo(Rag.RED);
        assertThat(light.reasons().getFirst()).isEqualTo(new TrafficLight.Reason("rag.reason.overdue", 12L));
    }

    @Test
    void aBlockedActionIsRed() {
        var light = evaluate(facts(ActionStatus.BLOCKED, 50, TODAY.minusDays(10), TODAY.plusDays(10)));

        assertThat(light.colour()).isEqualTo(Rag.RED);
        assertThat(light.reasons()).extracting(TrafficLight.Reason::key).contains("rag.reason.blocked");
    }

    @Test
    void moreThanFortyPointsBehindTheExpectedProgressIsRed() {
        // half the time has passed: 50 % expected, 9 % reported -> 41 points behind
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 9, TODAY.minusDays(50), TODAY.plusDays(50)));

        assertThat(light.colour()).isEqualTo(Rag.RED);
        assertThat(light.reasons().getFirst()).isEqualTo(new TrafficLight.Reason("rag.reason.far-behind", 9, 50));
    }

    @Test
    void exactlyFortyPointsBehindIsOnlyAmber() {
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 10, TODAY.minusDays(50), TODAY.plusDays(50)));

        assertThat(light.colour()).isEqualTo(Rag.AMBER);
        assertThat(light.reasons().getFirst().key()).isEqualTo("rag.reason.behind");
    }

    @Test
    void moreThanTwentyPointsBehindIsAmberAndTwentyIsGreen() {
        assertThat(evaluate(facts(ActionStatus.IN_PROGRESS, 29, TODAY.minusDays(50), TODAY.plusDays(50))).colour())
                .isEqualTo(Rag.AMBER);
        assertThat(evaluate(facts(ActionStatus.IN_PROGRESS, 30, TODAY.minusDays(50), TODAY.plusDays(50))).colour())
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void aDeadlineWithinFourteenDaysAndProgressBelowEightyIsAmber() {
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 79, null, TODAY.plusDays(14)));

        assertThat(light.colour()).isEqualTo(Rag.AMBER);
        assertThat(light.reasons()).containsExactly(new TrafficLight.Reason("rag.reason.due-soon", 14L, 79));
    }

    @Test
    void aCloseDeadlineWithEightyPercentOrFifteenDaysLeftIsGreen() {
        assertThat(evaluate(facts(ActionStatus.IN_PROGRESS, 80, null, TODAY.plusDays(5))).colour()).isEqualTo(Rag.GREEN);
        assertThat(evaluate(facts(ActionStatus.IN_PROGRESS, 10, null, TODAY.plusDays(15))).colour()).isEqualTo(Rag.GREEN);
    }

    @Test
    void aDeadlineOfTodayIsNotYetOverdue() {
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 95, null, TODAY));

        assertThat(light.colour()).isEqualTo(Rag.GREEN);
    }

    @Test
    void sixWeeksWithoutAnUpdateIsAmber() {
        var stale = new TrafficLightRule.Facts(ActionStatus.IN_PROGRESS, 50, null, TODAY.plusDays(60),
                TODAY.minusWeeks(6), List.of());
        var fresh = new TrafficLightRule.Facts(ActionStatus.IN_PROGRESS, 50, null, TODAY.plusDays(60),
                TODAY.minusWeeks(6).plusDays(1), List.of());

        assertThat(evaluate(stale).colour()).isEqualTo(Rag.AMBER);
        assertThat(evaluate(stale).reasons()).containsExactly(new TrafficLight.Reason("rag.reason.stale", 6L));
        assertThat(evaluate(fresh).colour()).isEqualTo(Rag.GREEN);
    }

    @Test
    void anIndicatorBehindItsLineMakesAnOtherwiseGreenActionAmberAndIsNamed() {
        var facts = new TrafficLightRule.Facts(ActionStatus.IN_PROGRESS, 50, null, TODAY.plusDays(60),
                TODAY, List.of("Teilnehmende"));

        var light = evaluate(facts);

        assertThat(light.colour()).isEqualTo(Rag.AMBER);
        assertThat(light.reasons()).containsExactly(new TrafficLight.Reason("rag.reason.indicator-behind", "Teilnehmende"));
    }

    @Test
    void redCollectsTheAmberReasonsTooSoNothingIsHidden() {
        var facts = new TrafficLightRule.Facts(ActionStatus.BLOCKED, 50, null, TODAY.plusDays(60),
                TODAY.minusWeeks(8), List.of("Schulungstage"));

        var light = evaluate(facts);

        assertThat(light.colour()).isEqualTo(Rag.RED);
        assertThat(light.reasons()).extracting(TrafficLight.Reason::key)
                .containsExactly("rag.reason.blocked", "rag.reason.stale", "rag.reason.indicator-behind");
    }

    @Test
    void anActionOnTrackIsGreenAndSaysSo() {
        var light = evaluate(facts(ActionStatus.IN_PROGRESS, 60, TODAY.minusDays(50), TODAY.plusDays(50)));

        assertThat(light.colour()).isEqualTo(Rag.GREEN);
        assertThat(light.reasons()).containsExactly(new TrafficLight.Reason("rag.reason.on-track"));
    }

    @Test
    void thresholdsComeFromTheSettings() {
        var strict = new TrafficLightRule(new TrafficLightSettings(10, 5, 30, 90, 2));

        var light = strict.evaluate(facts(ActionStatus.IN_PROGRESS, 44, TODAY.minusDays(50), TODAY.plusDays(50)), TODAY);

        assertThat(light.colour()).isEqualTo(Rag.AMBER);
        assertThat(light.reasons()).extracting(TrafficLight.Reason::key).containsExactly("rag.reason.behind");
    }

    @Test
    void expectedProgressIsTheShareOfTimeElapsed() {
        assertThat(TrafficLightRule.expectedProgress(TODAY.minusDays(25), TODAY.plusDays(75), TODAY)).isEqualTo(25);
        assertThat(TrafficLightRule.expectedProgress(TODAY.plusDays(1), TODAY.plusDays(75), TODAY)).isZero();
        assertThat(TrafficLightRule.expectedProgress(TODAY.minusDays(80), TODAY.minusDays(1), TODAY)).isEqualTo(100);
        assertThat(TrafficLightRule.expectedProgress(null, TODAY.plusDays(10), TODAY)).isNull();
    }

    @Test
    void reasonsSurviveStorageAsText() {
        var light = new TrafficLight(Rag.AMBER, List.of(new TrafficLight.Reason("rag.reason.indicator-behind", "A|B;C"),
                new TrafficLight.Reason("rag.reason.due-soon", 3, 40)));

        assertThat(TrafficLight.decodeReasons(light.encodeReasons())).containsExactly(
                new TrafficLight.Reason("rag.reason.indicator-behind", "A/B,C"),
                new TrafficLight.Reason("rag.reason.due-soon", "3", "40"));
    }
}
