package de.lenkwerk.api.v1;

import de.lenkwerk.action.MeasurementItem;

import java.math.BigDecimal;
import java.time.LocalDate;

public record MeasurementDto(long id, long indicatorId, LocalDate measuredOn, BigDecimal value, String comment,
                             String reportedBy) {

    static MeasurementDto of(MeasurementItem m) {
        return new MeasurementDto(m.id(), m.indicatorId(), m.measuredOn(), m.value(), m.comment(), m.reportedBy());
    }
}
