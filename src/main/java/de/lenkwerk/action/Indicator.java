package de.lenkwerk.action;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Entity
@Table(name = "indicator")
class Indicator extends AuditedEntity {

    @Column(name = "action_id", nullable = false, updatable = false)
    private Long actionId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Column(name = "baseline_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorAggregation aggregation = IndicatorAggregation.LEVEL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorBreakdown breakdown = IndicatorBreakdown.NONE;

    @ElementCollection
    @CollectionTable(name = "indicator_category", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    @BatchSize(size = 500)
    private List<String> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_milestone", joinColumns = @JoinColumn(name = "indicator_id"))
    @BatchSize(size = 500)
    private List<MilestoneValue> milestones = new ArrayList<>();

    /**
     * The current value by the aggregation rule (the latest for a level, the sum for counts per period, the mean for
     * an averaged rate); kept with the indicator so lists and dashboards need no "latest per indicator" query.
     */
    @Column(name = "latest_value", precision = 19, scale = 4)
    private BigDecimal latestValue;

    /** The day of the latest measurement. */
    @Column(name = "latest_date")
    private LocalDate latestDate;

    @Column(name = "forecast_value", precision = 19, scale = 4)
    private BigDecimal forecastValue;

    @Column(name = "forecast_points")
    private Integer forecastPoints;

    @Column(name = "original_target_value", precision = 19, scale = 4)
    private BigDecimal originalTargetValue;

    @Column(name = "original_target_date")
    private LocalDate originalTargetDate;

    @Embeddable
    static class MilestoneValue {

        @Column(name = "due_on", nullable = false)
        private LocalDate dueOn;

        @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
        private BigDecimal targetValue;

        protected MilestoneValue() {
        }

        MilestoneValue(Milestone milestone) {
            this.dueOn = milestone.dueOn();
            this.targetValue = milestone.targetValue();
        }

        Milestone toMilestone() {
            return new Milestone(dueOn, targetValue);
        }
    }

    protected Indicator() {
    }

    Indicator(long actionId, IndicatorData data) {
        this.actionId = actionId;
        apply(data);
    }

    void apply(IndicatorData data) {
        this.name = data.name().strip();
        this.unit = data.unit().strip();
        this.baselineValue = data.baselineValue();
        this.baselineDate = data.baselineDate();
        this.targetValue = data.targetValue();
        this.targetDate = data.targetDate();
        this.direction = data.direction();
        this.aggregation = data.aggregation();
        this.breakdown = data.breakdown();
        var newCategories = data.breakdown() == IndicatorBreakdown.NONE ? List.<String>of()
                : data.categories().stream().map(String::strip).toList();
        if (!categories.equals(newCategories)) {
            categories.clear();
            categories.addAll(newCategories);
        }
        if (!getMilestones().equals(sorted(data.milestones()))) {
            milestones.clear();
            sorted(data.milestones()).forEach(m -> milestones.add(new MilestoneValue(m)));
        }
    }

    /** Remembers the target as first agreed, before it changes for the first time. */
    void keepOriginalTarget(IndicatorData data) {
        var changed = targetValue.compareTo(data.targetValue()) != 0 || !targetDate.equals(data.targetDate());
        if (changed && originalTargetValue == null) {
            originalTargetValue = targetValue;
            originalTargetDate = targetDate;
        }
    }

    boolean targetChangesWith(IndicatorData data) {
        return targetValue.compareTo(data.targetValue()) != 0 || !targetDate.equals(data.targetDate());
    }

    /** The current value, the latest day and the forecast, recomputed from all measurements. */
    void setCurrent(BigDecimal value, LocalDate date, Forecast forecast) {
        this.latestValue = value;
        this.latestDate = date;
        this.forecastValue = forecast.outcome() == Forecast.Outcome.NONE ? null : forecast.value();
        this.forecastPoints = forecast.points();
    }

    private static List<Milestone> sorted(List<Milestone> milestones) {
        return milestones.stream().sorted(Comparator.comparing(Milestone::dueOn)).toList();
    }

    Long getActionId() {
        return actionId;
    }

    String getName() {
        return name;
    }

    IndicatorAggregation getAggregation() {
        return aggregation;
    }

    List<String> getCategories() {
        return List.copyOf(categories);
    }

    List<Milestone> getMilestones() {
        return milestones.stream().map(MilestoneValue::toMilestone).toList();
    }

    BigDecimal getTargetValue() {
        return targetValue;
    }

    LocalDate getTargetDate() {
        return targetDate;
    }

    IndicatorDirection getDirection() {
        return direction;
    }

    Forecast forecast() {
        return Forecast.stored(forecastValue, forecastPoints, latestValue, targetValue, direction);
    }

    IndicatorProgress.Facts facts() {
        return new IndicatorProgress.Facts(name, unit, baselineValue, baselineDate, targetValue, targetDate, direction,
                getMilestones(), latestValue, forecast());
    }

    boolean isBehind(LocalDate today) {
        return IndicatorProgress.isBehind(facts(), today);
    }

    /** What this indicator tells its action's traffic light. */
    List<TrafficLight.Reason> reasons(LocalDate today) {
        return IndicatorProgress.reasons(facts(), today);
    }

    Snapshot snapshot() {
        return new Snapshot()
                .put("indicator.name", name)
                .put("indicator.unit", unit)
                .put("indicator.baseline", baselineValue)
                .put("indicator.baseline-date", baselineDate)
                .put("indicator.target", targetValue)
                .put("indicator.target-date", targetDate)
                .put("indicator.direction", direction)
                .put("indicator.aggregation", aggregation)
                .put("indicator.breakdown", breakdown)
                .put("indicator.categories", String.join(", ", categories))
                .put("indicator.milestones", getMilestones().stream()
                        .map(m -> m.dueOn() + ": " + IndicatorProgress.plain(m.targetValue()))
                        .reduce((a, b) -> a + "; " + b).orElse(null));
    }

    IndicatorItem toItem(LocalDate today) {
        return new IndicatorItem(getId(), getVersion(), actionId, name, unit, baselineValue, baselineDate, targetValue,
                targetDate, direction, latestValue, latestDate,
                IndicatorProgress.achievementPercent(baselineValue, targetValue, latestValue), isBehind(today),
                aggregation, breakdown, getCategories(), getMilestones(), forecast(), originalTargetValue,
                originalTargetDate, reasons(today));
    }
}
