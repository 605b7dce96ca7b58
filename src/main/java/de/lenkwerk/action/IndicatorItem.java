package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;

public record IndicatorItem(Long id, long version, long actionId, String name, String unit, BigDecimal baselineValue,
                            LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
                            IndicatorDirection direction, BigDecimal latestValue, LocalDate latestDate,
                            int achievementPercent, boolean behind) {

    public IndicatorData toData() {
        return new IndicatorData(name, unit, baselineValue, baselineDate, targetValue, targetDate, direction);
    }
}
