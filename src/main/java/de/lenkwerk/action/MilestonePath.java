package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The path an indicator is expected to take: straight lines from the baseline through its milestones to the target.
 * Without milestones it is the straight line from baseline to target. Pure arithmetic, unit-tested.
 */
public final class MilestonePath {

    private MilestonePath() {
    }

    /** The value the path expects on a day: the baseline before it starts, the target after it ends. */
    public static BigDecimal expectedValue(BigDecimal baseline, LocalDate baselineDate, List<Milestone> milestones,
                                           BigDecimal target, LocalDate targetDate, LocalDate day) {
        var points = points(baseline, baselineDate, milestones, target, targetDate);
        if (!day.isAfter(points.getFirst().dueOn())) {
            return points.getFirst().targetValue();
        }
        for (int i = 1; i < points.size(); i++) {
            var to = points.get(i);
            if (day.isBefore(to.dueOn())) {
                var from = points.get(i - 1);
                return IndicatorProgress.expectedValue(from.targetValue(), from.dueOn(), to.targetValue(), to.dueOn(), day);
            }
        }
        return points.getLast().targetValue();
    }

    /** Baseline, the milestones between baseline and target date in date order, and the target. */
    public static List<Milestone> points(BigDecimal baseline, LocalDate baselineDate, List<Milestone> milestones,
                                         BigDecimal target, LocalDate targetDate) {
        var points = new ArrayList<Milestone>();
        points.add(new Milestone(baselineDate, baseline));
        milestones.stream()
                .filter(m -> m.dueOn().isAfter(baselineDate) && m.dueOn().isBefore(targetDate))
                .sorted(Comparator.comparing(Milestone::dueOn))
                .forEach(points::add);
        points.add(new Milestone(targetDate, target));
        return points;
    }

    /**
     * The most recent milestone whose day has passed, if the current value (the baseline, if nothing was measured)
     * has not reached it. Earlier milestones no longer matter once a later one is due.
     */
    public static Optional<Milestone> missed(List<Milestone> milestones, IndicatorDirection direction,
                                             BigDecimal baseline, BigDecimal current, LocalDate today) {
        var actual = current == null ? baseline : current;
        return milestones.stream()
                .filter(m -> m.dueOn().isBefore(today))
                .max(Comparator.comparing(Milestone::dueOn))
                .filter(m -> !reaches(actual, m.targetValue(), direction));
    }

    static boolean reaches(BigDecimal value, BigDecimal goal, IndicatorDirection direction) {
        return direction == IndicatorDirection.UP ? value.compareTo(goal) >= 0 : value.compareTo(goal) <= 0;
    }
}
