package de.lenkwerk.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How an action is measured: from a baseline at a date to a target at a date, more or less being better. */
public record IndicatorData(
        @NotBlank @Size(max = NAME_MAX) String name,
        @NotBlank @Size(max = UNIT_MAX) String unit,
        @NotNull BigDecimal baselineValue,
        @NotNull LocalDate baselineDate,
        @NotNull BigDecimal targetValue,
        @NotNull LocalDate targetDate,
        @NotNull IndicatorDirection direction) {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 40;
    /** Values are stored as numeric(19,4). */
    public static final BigDecimal VALUE_LIMIT = new BigDecimal("999999999999999");
}
