package de.lenkwerk.action;

import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.List;

/**
 * Indicators of an action and their measurements. The secretariat defines indicators; owner, deputy and
 * secretariat report measurements, which move the indicator and the action's traffic light.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final ActionAccess access;
    private final TrafficLights trafficLights;
    private final CurrentUser currentUser;
    private final HistoryService history;

    IndicatorService(IndicatorRepository indicators, MeasurementRepository measurements, ActionAccess access,
                     TrafficLights trafficLights, CurrentUser currentUser, HistoryService history) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.access = access;
        this.trafficLights = trafficLights;
        this.currentUser = currentUser;
        this.history = history;
    }

    public List<IndicatorItem> forAction(long actionId) {
        access.readable(actionId);
        var today = LocalDate.now();
        return indicators.findByActionIdOrderById(actionId).stream().map(i -> i.toItem(today)).toList();
    }

    @Transactional
    public IndicatorItem add(long actionId, @Valid IndicatorData data) {
        var action = access.manageable(actionId);
        var indicator = create(action, data);
        trafficLights.refresh(action);
        return indicator;
    }

    @Transactional
    public IndicatorItem update(long indicatorId, long expectedVersion, @Valid IndicatorData data) {
        var indicator = indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
        var action = access.manageable(indicator.getActionId());
        indicator.checkVersion(expectedVersion);
        check(data);
        var before = indicator.snapshot();
        indicator.apply(data);
        indicators.saveAndFlush(indicator);
        history.recordChanges(ref(indicator, action), before, indicator.snapshot());
        trafficLights.refresh(action);
        return indicator.toItem(LocalDate.now());
    }

    public List<MeasurementItem> measurements(long indicatorId, Pageable pageable) {
        var indicator = indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
        access.readable(indicator.getActionId());
        return measurements.findLatestFirst(indicatorId, pageable).stream().map(Measurement::toItem).toList();
    }

    /** Values reported for the action's indicators since the given time, oldest first; callers checked access. */
    List<MeasurementChange> measurementsSince(long actionId, java.time.LocalDateTime since) {
        return measurements.findNewSince(actionId, since);
    }

    /** A measured value, reported by owner, deputy or secretariat; the newest one becomes the indicator's latest. */
    @Transactional
    public IndicatorItem addMeasurement(long indicatorId, @Valid MeasurementData data) {
        var indicator = indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
        var action = access.reportable(indicator.getActionId());
        if (data.measuredOn().isAfter(LocalDate.now())) {
            throw new UserFacingException("measurement.error.future");
        }
        checkValue(data.value());
        var measurement = measurements.saveAndFlush(new Measurement(indicatorId, data, currentUser.actorName()));
        history.recordCreated(new RecordRef(RecordType.MEASUREMENT, measurement.getId(), action.getBodyId(),
                action.getId()), measurement.snapshot());
        var latest = measurements.findLatestFirst(indicatorId, Pageable.ofSize(1)).getFirst();
        indicator.setLatest(latest.toItem().value(), latest.toItem().measuredOn());
        indicators.saveAndFlush(indicator);
        trafficLights.refresh(action);
        return indicator.toItem(LocalDate.now());
    }

    IndicatorItem create(Action action, IndicatorData data) {
        check(data);
        var indicator = indicators.saveAndFlush(new Indicator(action.getId(), data));
        history.recordCreated(ref(indicator, action), indicator.snapshot());
        return indicator.toItem(LocalDate.now());
    }

    private static void check(IndicatorData data) {
        if (!data.targetDate().isAfter(data.baselineDate())) {
            throw new UserFacingException("indicator.error.dates");
        }
        checkValue(data.baselineValue());
        checkValue(data.targetValue());
        var comparison = data.targetValue().compareTo(data.baselineValue());
        if (data.direction() == IndicatorDirection.UP ? comparison <= 0 : comparison >= 0) {
            throw new UserFacingException("indicator.error.direction");
        }
    }

    private static void checkValue(java.math.BigDecimal value) {
        if (value.abs().compareTo(IndicatorData.VALUE_LIMIT) > 0 || value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
            throw new UserFacingException("indicator.error.value");
        }
    }

    private static RecordRef ref(Indicator indicator, Action action) {
        return new RecordRef(RecordType.INDICATOR, indicator.getId(), action.getBodyId(), action.getId());
    }
}
