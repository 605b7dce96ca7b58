package de.lenkwerk.action;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the traffic-light rule ({@code lenkwerk.traffic-light.*}); the defaults are the product's.
 *
 * @param redBehindPoints   red when progress trails the expected progress by more than this many points
 * @param amberBehindPoints amber when it trails by more than this
 * @param dueSoonDays       amber when the deadline is this close …
 * @param dueSoonProgress   … and progress is below this
 * @param staleWeeks        amber when there has been no progress update for this many weeks
 */
@ConfigurationProperties("lenkwerk.traffic-light")
public record TrafficLightSettings(int redBehindPoints, int amberBehindPoints, int dueSoonDays, int dueSoonProgress,
                                   int staleWeeks) {

    public static final TrafficLightSettings DEFAULTS = new TrafficLightSettings(40, 20, 14, 80, 6);

    public TrafficLightSettings {
        if (redBehindPoints == 0 && amberBehindPoints == 0 && dueSoonDays == 0 && dueSoonProgress == 0 && staleWeeks == 0) {
            redBehindPoints = DEFAULTS.redBehindPoints;
            amberBehindPoints = DEFAULTS.amberBehindPoints;
            dueSoonDays = DEFAULTS.dueSoonDays;
            dueSoonProgress = DEFAULTS.dueSoonProgress;
            staleWeeks = DEFAULTS.staleWeeks;
        }
    }
}
