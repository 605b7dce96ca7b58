package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as the screens show it. {@code latestValue} is its current value by its aggregation rule;
 * {@code reasons} are what it tells its action's traffic light (a missed milestone, behind its path, a forecast that
 * misses the target); {@code originalTarget…} are set once the target changed.
 */
public record IndicatorItem(Long id, long version, long actionId, String name, String unit, BigDecimal baselineValue,
                            LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                            IndicatorDirection direction, BigDecimal latestValue, LocalDate latestDate,
                            int achievementPercent, boolean behind, IndicatorAggregation aggregation,
                            IndicatorBreakdown breakdown, List<String> categories, List<Milestone> milestones,
                            Forecast forecast, BigDecimal originalTargetValue, LocalDate originalTargetDate,
                            List<TrafficLight.Reason> reasons) {

    public IndicatorData toData() {
        return new IndicatorData(name, unit, baselineValue, baselineDate, targetValue, targetDate, direction,
                aggregation, breakdown, categories, milestones);
    }

    public boolean isBrokenDown() {
        return !categories.isEmpty();
    }
}
