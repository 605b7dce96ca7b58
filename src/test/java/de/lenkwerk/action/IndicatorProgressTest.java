package de.lenkwerk.action;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void achievementIsTheShareOfTheWayFromBaselineToTarget() {
        assertThat(IndicatorProgress.achievementPercent(n("0"), n("300"), n("150"))).isEqualTo(50);
        assertThat(IndicatorProgress.achievementPercent(n("0"), n("19"), n("19"))).isEqualTo(100);
        assertThat(IndicatorProgress.achievementPercent(n("0"), n("300"), n("330"))).isEqualTo(110);
        assertThat(IndicatorProgress.achievementPercent(n("0"), n("300"), null)).isZero();
    }

    @Test
    void achievementWorksWhenLessIsBetter() {
        // waiting days from 40 down to 20: at 30 half the way is done
        assertThat(IndicatorProgress.achievementPercent(n("40"), n("20"), n("30"))).isEqualTo(50);
        assertThat(IndicatorProgress.achievementPercent(n("40"), n("20"), n("45"))).isZero();
    }

    @Test
    void theStraightLineRunsFromBaselineToTarget() {
        var middle = START.plusDays(182);
        assertThat(IndicatorProgress.expectedValue(n("0"), START, n("364"), START.plusDays(364), middle))
                .isEqualByComparingTo("182");
        assertThat(IndicatorProgress.expectedValue(n("0"), START, n("300"), END, START.minusDays(5))).isEqualByComparingTo("0");
        assertThat(IndicatorProgress.expectedValue(n("0"), START, n("300"), END, END.plusDays(5))).isEqualByComparingTo("300");
    }

    @Test
    void anIndicatorBelowItsLineIsBehindWhenMoreIsBetter() {
        var day = START.plusDays(182);
        assertThat(IndicatorProgress.isBehind(n("0"), START, n("364"), START.plusDays(364), IndicatorDirection.UP,
                n("150"), day)).isTrue();
        assertThat(IndicatorProgress.isBehind(n("0"), START, n("364"), START.plusDays(364), IndicatorDirection.UP,
                n("182"), day)).isFalse();
    }

    @Test
    void anIndicatorAboveItsLineIsBehindWhenLessIsBetter() {
        var day = START.plusDays(182);
        assertThat(IndicatorProgress.isBehind(n("364"), START, n("0"), START.plusDays(364), IndicatorDirection.DOWN,
                n("200"), day)).isTrue();
        assertThat(IndicatorProgress.isBehind(n("364"), START, n("0"), START.plusDays(364), IndicatorDirection.DOWN,
                n("150"), day)).isFalse();
    }

    @Test
    void withoutMeasurementsTheBaselineCountsAndNothingIsBehindBeforeTheStart() {
        assertThat(IndicatorProgress.isBehind(n("0"), START, n("300"), END, IndicatorDirection.UP, null,
                START.plusDays(30))).isTrue();
        assertThat(IndicatorProgress.isBehind(n("0"), START, n("300"), END, IndicatorDirection.UP, null, START)).isFalse();
    }
}
