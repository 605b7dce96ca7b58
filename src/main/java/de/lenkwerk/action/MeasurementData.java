package de.lenkwerk.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

public record MeasurementData(@NotNull LocalDate measuredOn, @NotNull BigDecimal value,
                              @Size(max = COMMENT_MAX) String comment) {

    public static final int COMMENT_MAX = 1000;
}
