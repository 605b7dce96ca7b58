package de.lenkwerk.action;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorAggregationTest {

    private static List<BigDecimal> values(double... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void aLevelCountsItsLatestValueAndItsCategoriesAddUp() {
        assertThat(IndicatorAggregation.LEVEL.overTime(values(40, 85, 70))).isEqualByComparingTo("70");
        assertThat(IndicatorAggregation.LEVEL.running(values(40, 85, 70))).containsExactlyElementsOf(values(40, 85, 70));
        assertThat(IndicatorAggregation.LEVEL.acrossCategories(values(10, 20, 5))).isEqualByComparingTo("35");
    }

    @Test
    void countsPerPeriodAddUpOverTimeAndOverCategories() {
        assertThat(IndicatorAggregation.PERIOD_SUM.overTime(values(40, 45, 47))).isEqualByComparingTo("132");
        assertThat(IndicatorAggregation.PERIOD_SUM.running(values(40, 45, 47)))
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(values(40, 85, 132));
        assertThat(IndicatorAggregation.PERIOD_SUM.acrossCategories(values(18, 22, 0, 0))).isEqualByComparingTo("40");
    }

    @Test
    void anAveragedRateIsTheMeanOverTimeAndOverCategories() {
        assertThat(IndicatorAggregation.RATE_AVERAGE.overTime(values(20, 30, 40))).isEqualByComparingTo("30");
        assertThat(IndicatorAggregation.RATE_AVERAGE.running(values(20, 30, 40)))
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(values(20, 25, 30));
        assertThat(IndicatorAggregation.RATE_AVERAGE.acrossCategories(values(10, 20))).isEqualByComparingTo("15");
        assertThat(IndicatorAggregation.RATE_AVERAGE.acrossCategories(values(1, 1, 2))).isEqualByComparingTo("1.3333");
    }

    @Test
    void aRateWhoseLatestValueCountsTakesTheLatestButAveragesItsCategories() {
        assertThat(IndicatorAggregation.RATE_LATEST.overTime(values(20, 30, 25))).isEqualByComparingTo("25");
        assertThat(IndicatorAggregation.RATE_LATEST.acrossCategories(values(40, 60))).isEqualByComparingTo("50");
    }

    @Test
    void withoutValuesThereIsNoValue() {
        for (var aggregation : IndicatorAggregation.values()) {
            assertThat(aggregation.overTime(List.of())).as(aggregation.name()).isNull();
            assertThat(aggregation.acrossCategories(List.of())).as(aggregation.name()).isNull();
            assertThat(aggregation.running(List.of())).as(aggregation.name()).isEmpty();
        }
    }
}
