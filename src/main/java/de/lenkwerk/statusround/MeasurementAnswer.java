package de.lenkwerk.statusround;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value an owner reports for one indicator of the action they answer about; for an indicator broken down into
 * categories a value per category ({@code byCategory}), from which the total follows the indicator's rule.
 */
public record MeasurementAnswer(long indicatorId, BigDecimal value, LocalDate measuredOn,
                                Map<String, BigDecimal> byCategory) {

    public MeasurementAnswer {
        byCategory = byCategory == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    public MeasurementAnswer(long indicatorId, BigDecimal value, LocalDate measuredOn) {
        this(indicatorId, value, measuredOn, Map.of());
    }

    /** Whether anything was entered: a total or at least one category's value. */
    public boolean isEmpty() {
        return value == null && byCategory.isEmpty();
    }
}
