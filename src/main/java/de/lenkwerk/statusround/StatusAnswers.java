package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.UserFacingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way an answer to a status request is saved, for a signed-in owner and for a personal link alike: a
 * progress report through the action's change path (validation, version check, history, traffic light) and any
 * new measurements, together or not at all.
 */
@Component
class StatusAnswers {

    private final ActionService actions;
    private final IndicatorService indicators;
    private final Clock clock;

    StatusAnswers(ActionService actions, IndicatorService indicators, Clock clock) {
        this.actions = actions;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ActionDetail save(long actionId, long actionVersion, ProgressReport report, List<MeasurementAnswer> measurements) {
        var indicatorIds = indicators.forAction(actionId).stream().map(IndicatorItem::id).toList();
        var saved = actions.report(actionId, actionVersion, report);
        for (var measurement : measurements == null ? List.<MeasurementAnswer>of() : measurements) {
            if (measurement.isEmpty()) {
                continue;
            }
            if (!indicatorIds.contains(measurement.indicatorId())) {
                throw new UserFacingException("statusround.error.indicator");
            }
            var on = measurement.measuredOn() == null ? LocalDate.now(clock) : measurement.measuredOn();
            indicators.addMeasurement(measurement.indicatorId(), measurement.byCategory().isEmpty()
                    ? new MeasurementData(on, measurement.value(), null)
                    : new MeasurementData(on, null, null, measurement.byCategory()));
        }
        return saved;
    }
}
