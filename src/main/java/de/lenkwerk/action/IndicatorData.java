package de.lenkwerk.action;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How an action is measured: from a baseline at a date to a target at a date, more or less being better; how its
 * values add up; optionally broken down into categories and with milestones on the way.
 */
public record IndicatorData(
        @NotBlank @Size(max = NAME_MAX) String name,
        @NotBlank @Size(max = UNIT_MAX) String unit,
        @NotNull BigDecimal baselineValue,
        @NotNull LocalDate baselineDate,
        @NotNull BigDecimal targetValue,
        @NotNull LocalDate targetDate,
        @NotNull IndicatorDirection direction,
        @NotNull IndicatorAggregation aggregation,
        @NotNull IndicatorBreakdown breakdown,
        @NotNull @Size(max = CATEGORIES_MAX) List<@NotBlank @Size(max = NAME_MAX) String> categories,
        @NotNull @Size(max = MILESTONES_MAX) List<@Valid @NotNull Milestone> milestones) {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 40;
    public static final int CATEGORIES_MAX = 40;
    public static final int MILESTONES_MAX = 24;
    /** Values are stored as numeric(19,4). */
    public static final BigDecimal VALUE_LIMIT = new BigDecimal("999999999999999");

    public IndicatorData {
        categories = categories == null ? List.of() : List.copyOf(categories);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        aggregation = aggregation == null ? IndicatorAggregation.LEVEL : aggregation;
        breakdown = breakdown == null ? IndicatorBreakdown.NONE : breakdown;
    }

    /** A plain indicator: the latest value counts, no breakdown, no milestones. */
    public IndicatorData(String name, String unit, BigDecimal baselineValue, LocalDate baselineDate,
                         BigDecimal targetValue, LocalDate targetDate, IndicatorDirection direction) {
        this(name, unit, baselineValue, baselineDate, targetValue, targetDate, direction, IndicatorAggregation.LEVEL,
                IndicatorBreakdown.NONE, List.of(), List.of());
    }

    public IndicatorData withTarget(BigDecimal newTarget, LocalDate newTargetDate) {
        return new IndicatorData(name, unit, baselineValue, baselineDate, newTarget, newTargetDate, direction,
                aggregation, breakdown, categories, milestones);
    }
}
