package de.lenkwerk.action;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

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

    /** Kept with the indicator so lists and dashboards need no "latest per indicator" query. */
    @Column(name = "latest_value", precision = 19, scale = 4)
    private BigDecimal latestValue;

    @Column(name = "latest_date")
    private LocalDate latestDate;

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
    }

    void setLatest(BigDecimal value, LocalDate date) {
        this.latestValue = value;
        this.latestDate = date;
    }

    Long getActionId() {
        return actionId;
    }

    String getName() {
        return name;
    }

    boolean isBehind(LocalDate today) {
        return IndicatorProgress.isBehind(baselineValue, baselineDate, targetValue, targetDate, direction, latestValue, today);
    }

    Snapshot snapshot() {
        return new Snapshot()
                .put("indicator.name", name)
                .put("indicator.unit", unit)
                .put("indicator.baseline", baselineValue)
                .put("indicator.baseline-date", baselineDate)
                .put("indicator.target", targetValue)
                .put("indicator.target-date", targetDate)
                .put("indicator.direction", direction);
    }

    IndicatorItem toItem(LocalDate today) {
        return new IndicatorItem(getId(), getVersion(), actionId, name, unit, baselineValue, baselineDate, targetValue,
                targetDate, direction, latestValue, latestDate,
                IndicatorProgress.achievementPercent(baselineValue, targetValue, latestValue), isBehind(today));
    }
}
