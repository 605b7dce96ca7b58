package de.lenkwerk.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A measured value. For an indicator broken down into categories, {@code byCategory} carries a value per category
 * and the total is derived from them by the indicator's aggregation rule ({@code value} may then be null); without
 * category values {@code value} is the total.
 */
public record MeasurementData(@NotNull LocalDate measuredOn, BigDecimal value,
                              @Size(max = COMMENT_MAX) String comment, @NotNull Map<String, BigDecimal> byCategory) {

    public static final int COMMENT_MAX = 1000;

    public MeasurementData {
        byCategory = byCategory == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    }

    public MeasurementData(LocalDate measuredOn, BigDecimal value, String comment) {
        this(measuredOn, value, comment, Map.of());
    }
}
