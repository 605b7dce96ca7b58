package de.lenkwerk.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
public record TrafficLightSettings(@DefaultValue("40") int redBehindPoints, @DefaultValue("20") int amberBehindPoints,
                                   @DefaultValue("14") int dueSoonDays, @DefaultValue("80") int dueSoonProgress,
                                   @DefaultValue("6") int staleWeeks) {

    public static final TrafficLightSettings DEFAULTS = new TrafficLightSettings(40, 20, 14, 80, 6);
}
