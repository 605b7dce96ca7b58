package de.lenkwerk.action;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastTest {

    private static final LocalDate TARGET_DATE = LocalDate.of(2026, 4, 30);
    private static final BigDecimal TARGET = BigDecimal.valueOf(300);

    private static Forecast.Point p(int month, int day, int value) {
        return new Forecast.Point(LocalDate.of(2026, month, day), BigDecimal.valueOf(value));
    }

    private static Forecast up(List<Forecast.Point> trajectory) {
        return Forecast.of(trajectory, TARGET, TARGET_DATE, IndicatorDirection.UP);
    }

    @Test
    void aSteadyPaceIsExtendedToTheTargetDate() {
        // 10 a day from 1 April: 100 on 10 April, 300 on 30 April
        var forecast = up(List.of(p(4, 1, 10), p(4, 5, 50), p(4, 10, 100)));
        assertThat(forecast.outcome()).isEqualTo(Forecast.Outcome.ON_COURSE);
        assertThat(forecast.value()).isEqualByComparingTo("300");
        assertThat(forecast.points()).isEqualTo(3);
    }

    @Test
    void aSlowerPaceMissesTheTargetAndSaysByHowMuch() {
        // 40, 85, 132 in weekly steps: about 6.57 a day through the mean (85.7 on 1 April), 276 by 30 April
        var forecast = up(List.of(p(3, 25, 40), p(4, 1, 85), p(4, 8, 132)));
        assertThat(forecast.outcome()).isEqualTo(Forecast.Outcome.MISS);
        assertThat(forecast.misses()).isTrue();
        assertThat(forecast.value()).isEqualByComparingTo("276");
    }

    @Test
    void withTooFewValuesThereIsNoForecast() {
        assertThat(up(List.of()).outcome()).isEqualTo(Forecast.Outcome.NONE);
        assertThat(up(List.of(p(4, 1, 100))).outcome()).isEqualTo(Forecast.Outcome.NONE);
        assertThat(up(List.of(p(4, 1, 100))).value()).isNull();
        // two values on one day give no pace
        assertThat(up(List.of(p(4, 1, 100), p(4, 1, 140))).outcome()).isEqualTo(Forecast.Outcome.NONE);
    }

    @Test
    void allValuesEqualForecastTheSameValue() {
        var forecast = up(List.of(p(4, 1, 120), p(4, 8, 120), p(4, 15, 120)));
        assertThat(forecast.value()).isEqualByComparingTo("120");
        assertThat(forecast.outcome()).isEqualTo(Forecast.Outcome.MISS);
    }

    @Test
    void aTargetAlreadyReachedIsReachedWhateverThePace() {
        var forecast = up(List.of(p(4, 1, 320), p(4, 8, 310)));
        assertThat(forecast.outcome()).isEqualTo(Forecast.Outcome.REACHED);
        assertThat(forecast.misses()).isFalse();
        assertThat(forecast.value()).isEqualByComparingTo("310");
        // the same when read back as stored with the indicator
        assertThat(Forecast.stored(BigDecimal.valueOf(290), 2, BigDecimal.valueOf(310), TARGET, IndicatorDirection.UP)
                .outcome()).isEqualTo(Forecast.Outcome.REACHED);
    }

    @Test
    void onceTheTargetDateHasComeTheActualValueSpeaksInsteadOfAForecast() {
        assertThat(up(List.of(p(4, 20, 100), p(4, 30, 200))).outcome()).isEqualTo(Forecast.Outcome.NONE);
    }

    @Test
    void onlyTheLastValuesSetThePace() {
        var trajectory = new ArrayList<Forecast.Point>();
        // a fast start that stalled: the last six weekly values stay at 200
        trajectory.add(p(1, 5, 0));
        trajectory.add(p(1, 12, 100));
        for (int week = 0; week < Forecast.WINDOW; week++) {
            trajectory.add(new Forecast.Point(LocalDate.of(2026, 1, 19).plusWeeks(week), BigDecimal.valueOf(200)));
        }
        var forecast = up(trajectory);
        assertThat(forecast.points()).isEqualTo(Forecast.WINDOW);
        assertThat(forecast.value()).isEqualByComparingTo("200");
    }

    @Test
    void forLessIsBetterAFallingLineReachesATargetBelow() {
        var forecast = Forecast.of(List.of(p(4, 1, 60), p(4, 11, 50)), BigDecimal.valueOf(30), TARGET_DATE,
                IndicatorDirection.DOWN);
        // 1 less a day: 31 on 30 April, just short of 30
        assertThat(forecast.value()).isEqualByComparingTo("31");
        assertThat(forecast.outcome()).isEqualTo(Forecast.Outcome.MISS);
    }

    @Test
    void decimalValuesKeepTwoDecimals() {
        var forecast = up(List.of(new Forecast.Point(LocalDate.of(2026, 4, 1), new BigDecimal("10.5")),
                new Forecast.Point(LocalDate.of(2026, 4, 4), new BigDecimal("11.5"))));
        // one third a day for 26 more days from 11.5
        assertThat(forecast.value()).isEqualByComparingTo("20.17");
    }
}
