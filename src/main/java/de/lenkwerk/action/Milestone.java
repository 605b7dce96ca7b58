package de.lenkwerk.action;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An intermediate target (Zwischenziel): the value the indicator should have reached by a day. */
public record Milestone(@NotNull LocalDate dueOn, @NotNull BigDecimal targetValue) {
}
