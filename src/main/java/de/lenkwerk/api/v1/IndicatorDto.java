package de.lenkwerk.api.v1;

import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator of an action. {@code version} is the ETag a new measurement names in If-Match. */
public record IndicatorDto(long id, long version, long actionId, String name, String unit, BigDecimal baselineValue,
                           LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                           IndicatorDirection direction, BigDecimal latestValue, LocalDate latestDate,
                           int achievementPercent, boolean behind) {

    static IndicatorDto of(IndicatorItem i) {
        return new IndicatorDto(i.id(), i.version(), i.actionId(), i.name(), i.unit(), i.baselineValue(),
                i.baselineDate(), i.targetValue(), i.targetDate(), i.direction(), i.latestValue(), i.latestDate(),
                i.achievementPercent(), i.behind());
    }
}
