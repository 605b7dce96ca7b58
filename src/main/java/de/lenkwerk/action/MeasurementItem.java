package de.lenkwerk.action;

import java.math.BigDecimal;
import java.time.LocalDate;

public record MeasurementItem(Long id, long indicatorId, LocalDate measuredOn, BigDecimal value, String comment,
                              String reportedBy) {
}
