package de.lenkwerk.action;

import de.lenkwerk.action.ActionChangePath.Change;
import de.lenkwerk.action.ActionChangePath.Mutation;
import de.lenkwerk.action.ActionEvents.What;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.history.RecordType;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Indicators of an action and their measurements. The secretariat defines indicators; owner, deputy and
 * secretariat report measurements, which move the indicator and the action's traffic light. Both are changes of
 * their action and go through {@link ActionChangePath} (ADR 008).
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class IndicatorService {

    public static final int TARGET_REASON_MAX = 1000;

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final ActionAccess access;
    private final ActionChangePath changes;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, MeasurementRepository measurements, ActionAccess access,
                     ActionChangePath changes, Clock clock) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    public List<IndicatorItem> forAction(long actionId) {
        access.readable(actionId);
        var today = LocalDate.now(clock);
        return indicators.findByActionIdOrderById(actionId).stream().map(i -> i.toItem(today)).toList();
    }

    /** The indicators of these actions, per action; callers have checked the actions may be shown. */
    @PreAuthorize("permitAll()")
    java.util.Map<Long, List<IndicatorItem>> itemsOf(java.util.Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return java.util.Map.of();
        }
        var today = LocalDate.now(clock);
        return indicators.findByActionIdIn(actionIds).stream()
                .sorted(java.util.Comparator.comparing(Indicator::getId))
                .collect(java.util.stream.Collectors.groupingBy(Indicator::getActionId,
                        java.util.stream.Collectors.mapping(i -> i.toItem(today), java.util.stream.Collectors.toList())));
    }

    @Transactional
    public IndicatorItem add(long actionId, @Valid IndicatorData data) {
        return changes.change(actionId, null, Mutation.manage(What.INDICATOR, change -> create(change, data)));
    }

    /** The indicator's own version guards the form; the action's may have moved on meanwhile. */
    @Transactional
    public IndicatorItem update(long indicatorId, long expectedVersion, @Valid IndicatorData data) {
        return update(indicatorId, expectedVersion, data, null);
    }

    /**
     * Changes an indicator. A changed target or target date needs a reason, which the history keeps with the change;
     * the target as first agreed stays with the indicator, and the chart shows it faintly.
     */
    @Transactional
    public IndicatorItem update(long indicatorId, long expectedVersion, @Valid IndicatorData data, String targetReason) {
        var indicator = find(indicatorId);
        return changes.change(indicator.getActionId(), null, Mutation.manage(What.INDICATOR, change -> {
            indicator.checkVersion(expectedVersion);
            check(data);
            var reason = targetReason == null ? "" : targetReason.strip();
            var targetChanges = indicator.targetChangesWith(data);
            if (targetChanges && reason.isEmpty()) {
                throw new UserFacingException("indicator.error.target-reason");
            }
            if (reason.length() > TARGET_REASON_MAX) {
                throw new UserFacingException("validation.max-length", TARGET_REASON_MAX);
            }
            var before = indicator.snapshot();
            indicator.keepOriginalTarget(data);
            indicator.apply(data);
            recompute(indicator);
            indicators.saveAndFlush(indicator);
            var after = indicator.snapshot();
            if (targetChanges) {
                after.put("indicator.target-reason", reason);
            }
            change.recordChanges(RecordType.INDICATOR, indicatorId, before, after);
            change.about(indicator.getName());
            return indicator.toItem(change.today());
        }));
    }

    /** Every measurement of an indicator, oldest first, e.g. for its trajectory and its breakdown over time. */
    public List<MeasurementItem> allMeasurements(long indicatorId) {
        var indicator = find(indicatorId);
        access.readable(indicator.getActionId());
        return measurements.findOldestFirst(indicatorId).stream().map(Measurement::toItem).toList();
    }

    public List<MeasurementItem> measurements(long indicatorId, Pageable pageable) {
        var indicator = find(indicatorId);
        access.readable(indicator.getActionId());
        return measurements.findLatestFirst(indicatorId, pageable).stream().map(Measurement::toItem).toList();
    }

    /** Values reported for the action's indicators since the given time, oldest first; callers checked access. */
    List<MeasurementChange> measurementsSince(long actionId, LocalDateTime since) {
        return measurements.findNewSince(actionId, since);
    }

    /**
     * A measured value, reported by owner, deputy or secretariat. For a broken-down indicator it may come as a value
     * per category, whose total follows the indicator's aggregation rule. The indicator's current value and forecast
     * are recomputed from all its measurements.
     */
    @Transactional
    public IndicatorItem addMeasurement(long indicatorId, @Valid MeasurementData data) {
        var indicator = find(indicatorId);
        return changes.change(indicator.getActionId(), null, Mutation.report(What.MEASURED, change -> {
            if (data.measuredOn().isAfter(change.today())) {
                throw new UserFacingException("measurement.error.future");
            }
            var total = total(indicator, data);
            var measurement = measurements.saveAndFlush(new Measurement(indicatorId, data, total, change.actor()));
            change.recordCreated(RecordType.MEASUREMENT, measurement.getId(), measurement.snapshot());
            recompute(indicator);
            indicators.saveAndFlush(indicator);
            change.about(indicator.getName());
            return indicator.toItem(change.today());
        }));
    }

    /**
     * A measured value, as {@link #addMeasurement(long, MeasurementData)}, for a caller that read the indicator at a
     * version (the REST API's If-Match): refused when the indicator has changed since. The read check comes first,
     * so a refusal never names who changed a record the caller may not see.
     */
    @Transactional
    public IndicatorItem addMeasurement(long indicatorId, long expectedVersion, @Valid MeasurementData data) {
        var indicator = find(indicatorId);
        access.readable(indicator.getActionId());
        indicator.checkVersion(expectedVersion);
        return addMeasurement(indicatorId, data);
    }

    /** A new indicator, as part of a change of its action (a new action's first indicator, or one added later). */
    IndicatorItem create(Change change, IndicatorData data) {
        check(data);
        var indicator = indicators.saveAndFlush(new Indicator(change.action().getId(), data));
        change.recordCreated(RecordType.INDICATOR, indicator.getId(), indicator.snapshot());
        change.about(indicator.getName());
        return indicator.toItem(change.today());
    }

    /** The total of a measurement: its value, or the aggregate of its values per category. */
    private static BigDecimal total(Indicator indicator, MeasurementData data) {
        if (data.byCategory().isEmpty()) {
            if (data.value() == null) {
                throw new UserFacingException("validation.number");
            }
            checkValue(data.value());
            return data.value();
        }
        var categories = indicator.getCategories();
        for (var entry : data.byCategory().entrySet()) {
            if (!categories.contains(entry.getKey())) {
                throw new UserFacingException("measurement.error.category", entry.getKey());
            }
            if (entry.getValue() == null) {
                throw new UserFacingException("validation.number");
            }
            checkValue(entry.getValue());
        }
        var total = indicator.getAggregation().acrossCategories(data.byCategory().values());
        checkValue(total);
        return total;
    }

    /** Current value, latest day and forecast from all measurements, by the indicator's aggregation rule. */
    private void recompute(Indicator indicator) {
        var all = indicator.getId() == null ? List.<Measurement>of() : measurements.findOldestFirst(indicator.getId());
        var running = indicator.getAggregation().running(all.stream().map(Measurement::getValue).toList());
        var trajectory = new java.util.ArrayList<Forecast.Point>();
        for (int i = 0; i < all.size(); i++) {
            trajectory.add(new Forecast.Point(all.get(i).getMeasuredOn(), running.get(i)));
        }
        var forecast = Forecast.of(trajectory, indicator.getTargetValue(), indicator.getTargetDate(),
                indicator.getDirection());
        indicator.setCurrent(running.isEmpty() ? null : running.getLast(),
                all.isEmpty() ? null : all.getLast().getMeasuredOn(), forecast);
    }

    private Indicator find(long indicatorId) {
        return indicators.findById(indicatorId).orElseThrow(RecordNotFoundException::new);
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
        if (data.breakdown() != IndicatorBreakdown.NONE) {
            var names = data.categories().stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            if (names.isEmpty()) {
                throw new UserFacingException("indicator.error.no-categories");
            }
            if (names.stream().distinct().count() < names.size()) {
                throw new UserFacingException("indicator.error.duplicate-category");
            }
        }
        var days = new java.util.HashSet<LocalDate>();
        for (var milestone : data.milestones()) {
            if (!milestone.dueOn().isAfter(data.baselineDate()) || !milestone.dueOn().isBefore(data.targetDate())) {
                throw new UserFacingException("indicator.error.milestone-date");
            }
            if (!days.add(milestone.dueOn())) {
                throw new UserFacingException("indicator.error.milestone-twice");
            }
            checkValue(milestone.targetValue());
        }
    }

    private static void checkValue(BigDecimal value) {
        if (value.abs().compareTo(IndicatorData.VALUE_LIMIT) > 0 || value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
            throw new UserFacingException("indicator.error.value");
        }
    }
}
