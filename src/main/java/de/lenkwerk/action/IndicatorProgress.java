package de.lenkwerk.action;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How far an indicator has come: achievement toward the target, and whether it is behind its path (the straight
 * line from baseline to target, or the path through its milestones, {@link MilestonePath}). Pure arithmetic, fully
 * unit-tested.
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

    /** What the traffic light needs to know about one indicator; {@code current} follows its aggregation rule. */
    public record Facts(String name, String unit, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                        LocalDate targetDate, IndicatorDirection direction, List<Milestone> milestones,
                        BigDecimal current, Forecast forecast) {
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM.");

    /** Behind its path: through the milestones where it has them, else the straight line. */
    public static boolean isBehind(Facts f, LocalDate today) {
        if (!today.isAfter(f.baselineDate()) || !f.targetDate().isAfter(f.baselineDate())) {
            return false;
        }
        var actual = f.current() == null ? f.baseline() : f.current();
        var expected = MilestonePath.expectedValue(f.baseline(), f.baselineDate(), f.milestones(), f.target(),
                f.targetDate(), today);
        return !MilestonePath.reaches(actual, expected, f.direction());
    }

    /**
     * The amber reasons an indicator gives its action: a missed milestone (named, with the value reached), else
     * being behind its path; and, before the target date, a forecast that misses the target.
     */
    public static List<TrafficLight.Reason> reasons(Facts f, LocalDate today) {
        var reasons = new ArrayList<TrafficLight.Reason>();
        if (!today.isAfter(f.baselineDate())) {
            return reasons;
        }
        var actual = f.current() == null ? f.baseline() : f.current();
        var missed = MilestonePath.missed(f.milestones(), f.direction(), f.baseline(), f.current(), today);
        if (missed.isPresent()) {
            var m = missed.get();
            reasons.add(new TrafficLight.Reason("rag.reason.milestone-missed", f.name(), plain(m.targetValue()), f.unit(),
                    m.dueOn().format(DAY_MONTH), plain(actual)));
        } else if (isBehind(f, today)) {
            reasons.add(new TrafficLight.Reason("rag.reason.indicator-behind", f.name()));
        }
        if (f.forecast() != null && f.forecast().misses() && today.isBefore(f.targetDate())) {
            reasons.add(new TrafficLight.Reason("rag.reason.forecast-miss", f.name(), plain(f.forecast().value()),
                    plain(f.target()), f.targetDate().format(DAY_MONTH)));
        }
        return reasons;
    }

    /** A value as it reads in a reason: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
