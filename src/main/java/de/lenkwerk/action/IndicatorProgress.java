package de.lenkwerk.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far an indicator has come: achievement toward the target, and whether it is behind the straight line
 * from baseline (at its date) to target (at its date). Pure arithmetic, fully unit-tested.
 */
public final class IndicatorProgress {

    private IndicatorProgress() {
    }

    /** Achievement in percent of the way from baseline to target; 0 without a value, may exceed 100. */
    public static int achievementPercent(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (latest == null || target.compareTo(baseline) == 0) {
            return latest != null && latest.compareTo(target) == 0 ? 100 : 0;
        }
        var done = latest.subtract(baseline);
        var way = target.subtract(baseline);
        return done.multiply(BigDecimal.valueOf(100)).divide(way, 0, RoundingMode.HALF_UP).max(BigDecimal.ZERO).intValue();
    }

    /** The value the straight line expects on a day, clamped to the baseline before and the target after. */
    public static BigDecimal expectedValue(BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                                           LocalDate targetDate, LocalDate day) {
        if (!day.isAfter(baselineDate)) {
            return baseline;
        }
        if (!day.isBefore(targetDate)) {
            return target;
        }
        var total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        var elapsed = ChronoUnit.DAYS.between(baselineDate, day);
        return baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
    }

    /** Behind when the latest value (or the baseline, if nothing was measured) trails today's expectation. */
    public static boolean isBehind(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate,
                                   IndicatorDirection direction, BigDecimal latest, LocalDate today) {
        if (!today.isAfter(baselineDate) || !targetDate.isAfter(baselineDate)) {
            return false;
        }
        var actual = latest == null ? baseline : latest;
        var expected = expectedValue(baseline, baselineDate, target, targetDate, today);
        return direction == IndicatorDirection.UP ? actual.compareTo(expected) < 0 : actual.compareTo(expected) > 0;
    }
}
