package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A measured value reported since some time, with the indicator it belongs to. */
public record MeasurementChange(String indicatorName, String unit, BigDecimal value, LocalDate measuredOn,
                                String reportedBy, LocalDateTime reportedAt) {
}
