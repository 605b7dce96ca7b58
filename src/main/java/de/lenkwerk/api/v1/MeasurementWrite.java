package de.lenkwerk.api.v1;

import de.lenkwerk.action.MeasurementData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value of an indicator, on a day that is not in the future. */
public record MeasurementWrite(@NotNull LocalDate measuredOn, @NotNull BigDecimal value,
                               @Size(max = MeasurementData.COMMENT_MAX) String comment) {

    MeasurementData toData() {
        return new MeasurementData(measuredOn, value, comment);
    }
}
