package de.lenkwerk.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The traffic-light rule of the product brief, as a pure function of an action's facts and today's date.
 * <ul>
 *   <li>Grey: not started, done or dropped.</li>
 *   <li>Red: past the deadline; blocked; or progress more than 40 points behind the expected progress (the share
 *   of time elapsed between start and deadline).</li>
 *   <li>Amber: more than 20 points behind; deadline within 14 days and progress below 80 %; no update for 6 weeks;
 *   an indicator behind its path (straight line or milestones), past a milestone it missed, or forecast to miss its
 *   target.</li>
 *   <li>Green otherwise.</li>
 * </ul>
 */
public final class TrafficLightRule {

    private final TrafficLightSettings settings;

    public TrafficLightRule(TrafficLightSettings settings) {
        this.settings = settings;
    }

    /**
     * What the rule needs to know about an action. {@code lastUpdate} is the last progress update, or creation.
     * {@code indicatorReasons} are what its indicators say ({@link IndicatorProgress#reasons}): a missed milestone,
     * behind the path, a forecast that misses the target; each is a reason for amber.
     */
    public record Facts(ActionStatus status, int progress, LocalDate start, LocalDate deadline, LocalDate lastUpdate,
                        List<String> indicatorsBehind, List<TrafficLight.Reason> indicatorReasons) {

        /** Indicators known only by name as being behind their straight line. */
        public Facts(ActionStatus status, int progress, LocalDate start, LocalDate deadline, LocalDate lastUpdate,
                     List<String> indicatorsBehind) {
            this(status, progress, start, deadline, lastUpdate, indicatorsBehind, List.of());
        }
    }

    public TrafficLight evaluate(Facts facts, LocalDate today) {
        switch (facts.status()) {
            case PLANNED -> {
                return new TrafficLight(Rag.GREY, List.of(new TrafficLight.Reason("rag.reason.not-started")));
            }
            case DONE -> {
                return new TrafficLight(Rag.GREY, List.of(new TrafficLight.Reason("rag.reason.done")));
            }
            case DROPPED -> {
                return new TrafficLight(Rag.GREY, List.of(new TrafficLight.Reason("rag.reason.dropped")));
            }
            default -> {
                // open: evaluated below
            }
        }
        var red = new ArrayList<TrafficLight.Reason>();
        var amber = new ArrayList<TrafficLight.Reason>();

        if (facts.deadline().isBefore(today)) {
            red.add(new TrafficLight.Reason("rag.reason.overdue", ChronoUnit.DAYS.between(facts.deadline(), today)));
        }
        if (facts.status() == ActionStatus.BLOCKED) {
            red.add(new TrafficLight.Reason("rag.reason.blocked"));
        }
        var expected = expectedProgress(facts.start(), facts.deadline(), today);
        if (expected != null) {
            var gap = expected - facts.progress();
            if (gap > settings.redBehindPoints()) {
                red.add(new TrafficLight.Reason("rag.reason.far-behind", facts.progress(), expected));
            } else if (gap > settings.amberBehindPoints()) {
                amber.add(new TrafficLight.Reason("rag.reason.behind", facts.progress(), expected));
            }
        }
        var daysLeft = ChronoUnit.DAYS.between(today, facts.deadline());
        if (!facts.deadline().isBefore(today) && daysLeft <= settings.dueSoonDays()
                && facts.progress() < settings.dueSoonProgress()) {
            amber.add(new TrafficLight.Reason("rag.reason.due-soon", daysLeft, facts.progress()));
        }
        if (facts.lastUpdate() != null) {
            var weeks = ChronoUnit.WEEKS.between(facts.lastUpdate(), today);
            if (weeks >= settings.staleWeeks()) {
                amber.add(new TrafficLight.Reason("rag.reason.stale", weeks));
            }
        }
        facts.indicatorsBehind().forEach(name -> amber.add(new TrafficLight.Reason("rag.reason.indicator-behind", name)));
        amber.addAll(facts.indicatorReasons());

        if (!red.isEmpty()) {
            red.addAll(amber);
            return new TrafficLight(Rag.RED, red);
        }
        if (!amber.isEmpty()) {
            return new TrafficLight(Rag.AMBER, amber);
        }
        return new TrafficLight(Rag.GREEN, List.of(new TrafficLight.Reason("rag.reason.on-track")));
    }

    /** Share of time elapsed between start and deadline, 0–100; null without a start. */
    static Integer expectedProgress(LocalDate start, LocalDate deadline, LocalDate today) {
        if (start == null || !deadline.isAfter(start)) {
            return null;
        }
        if (!today.isAfter(start)) {
            return 0;
        }
        if (!today.isBefore(deadline)) {
            return 100;
        }
        var total = ChronoUnit.DAYS.between(start, deadline);
        var elapsed = ChronoUnit.DAYS.between(start, today);
        return (int) Math.round(100.0 * elapsed / total);
    }
}
