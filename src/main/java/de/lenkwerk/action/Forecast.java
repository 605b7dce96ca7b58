package de.lenkwerk.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where an indicator lands at its target date at the current pace: a least-squares line through its last values
 * (for counts per period: through the running total of the last periods), read off at the target date. Pure
 * arithmetic, unit-tested; kept deliberately simple so it can be explained in one sentence on the chart.
 *
 * @param points how many values the line was fitted to (0 without a forecast)
 */
public record Forecast(Outcome outcome, BigDecimal value, int points) {

    /** How many of the latest values the line is fitted to. */
    public static final int WINDOW = 6;

    public enum Outcome {
        /** too few values (fewer than two days), or the target date has passed: the actual value speaks */
        NONE,
        /** the target is reached already */
        REACHED,
        /** at this pace the target is reached by its date */
        ON_COURSE,
        /** at this pace the target is missed: a reason for amber */
        MISS
    }

    public record Point(LocalDate date, BigDecimal value) {
    }

    public boolean misses() {
        return outcome == Outcome.MISS;
    }

    /** The forecast from the trajectory (oldest first), as the indicator's rule of aggregation gives it. */
    public static Forecast of(List<Point> trajectory, BigDecimal target, LocalDate targetDate,
                              IndicatorDirection direction) {
        if (trajectory.isEmpty()) {
            return none();
        }
        var current = trajectory.getLast().value();
        if (MilestonePath.reaches(current, target, direction)) {
            return new Forecast(Outcome.REACHED, current, 0);
        }
        if (!trajectory.getLast().date().isBefore(targetDate)) {
            return none();
        }
        var window = trajectory.subList(Math.max(0, trajectory.size() - WINDOW), trajectory.size());
        var origin = window.getFirst().date();
        int n = window.size();
        double sumX = 0, sumY = 0;
        for (var p : window) {
            sumX += ChronoUnit.DAYS.between(origin, p.date());
            sumY += p.value().doubleValue();
        }
        double meanX = sumX / n, meanY = sumY / n, sxx = 0, sxy = 0;
        for (var p : window) {
            var dx = ChronoUnit.DAYS.between(origin, p.date()) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value().doubleValue() - meanY);
        }
        if (sxx == 0) {
            // every value of the window on one day: no pace to speak of
            return none();
        }
        var slope = sxy / sxx;
        var atTarget = meanY + slope * (ChronoUnit.DAYS.between(origin, targetDate) - meanX);
        var whole = window.stream().allMatch(p -> p.value().stripTrailingZeros().scale() <= 0);
        var value = BigDecimal.valueOf(atTarget).setScale(whole ? 0 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        return new Forecast(outcome(current, value, target, direction), value, n);
    }

    /** The forecast as kept with the indicator; the outcome is read against the target as it is now. */
    public static Forecast stored(BigDecimal value, Integer points, BigDecimal current, BigDecimal target,
                                  IndicatorDirection direction) {
        if (current != null && MilestonePath.reaches(current, target, direction)) {
            return new Forecast(Outcome.REACHED, current, 0);
        }
        if (value == null) {
            return none();
        }
        return new Forecast(outcome(current, value, target, direction), value, points == null ? 0 : points);
    }

    private static Outcome outcome(BigDecimal current, BigDecimal value, BigDecimal target, IndicatorDirection direction) {
        if (current != null && MilestonePath.reaches(current, target, direction)) {
            return Outcome.REACHED;
        }
        return MilestonePath.reaches(value, target, direction) ? Outcome.ON_COURSE : Outcome.MISS;
    }

    private static Forecast none() {
        return new Forecast(Outcome.NONE, null, 0);
    }
}
