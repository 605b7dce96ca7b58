package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A measured value; {@code value} is the total, {@code byCategory} the values per category of a breakdown. */
public record MeasurementItem(Long id, long indicatorId, LocalDate measuredOn, BigDecimal value, String comment,
                              String reportedBy, Map<String, BigDecimal> byCategory) {

    public MeasurementItem(Long id, long indicatorId, LocalDate measuredOn, BigDecimal value, String comment,
                           String reportedBy) {
        this(id, indicatorId, measuredOn, value, comment, reportedBy, Map.of());
    }
}
