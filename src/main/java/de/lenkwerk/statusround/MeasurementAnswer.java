package de.lenkwerk.statusround;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value an owner reports for one indicator of the action they answer about. */
public record MeasurementAnswer(long indicatorId, BigDecimal value, LocalDate measuredOn) {
}
