package de.lenkwerk.action;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "measurement")
class Measurement extends AuditedEntity {

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private Long indicatorId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = MeasurementData.COMMENT_MAX)
    private String comment;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    /** The values per category of a broken-down indicator; {@link #value} is their total by the aggregation rule. */
    @ElementCollection
    @CollectionTable(name = "measurement_category_value", joinColumns = @JoinColumn(name = "measurement_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "category_value", nullable = false, precision = 19, scale = 4)
    @BatchSize(size = 500)
    private Map<String, BigDecimal> byCategory = new LinkedHashMap<>();

    protected Measurement() {
    }

    Measurement(long indicatorId, MeasurementData data, BigDecimal total, String reportedBy) {
        this.indicatorId = indicatorId;
        this.measuredOn = data.measuredOn();
        this.value = total;
        this.byCategory.putAll(data.byCategory());
        this.comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        this.reportedBy = reportedBy;
    }

    Snapshot snapshot() {
        var snapshot = new Snapshot().put("measurement.date", measuredOn).put("measurement.value", value)
                .put("measurement.comment", comment);
        if (!byCategory.isEmpty()) {
            snapshot.put("measurement.by-category", new TreeMap<>(byCategory).entrySet().stream()
                    .map(e -> e.getKey() + ": " + IndicatorProgress.plain(e.getValue())).toList());
        }
        return snapshot;
    }

    LocalDate getMeasuredOn() {
        return measuredOn;
    }

    BigDecimal getValue() {
        return value;
    }

    MeasurementItem toItem() {
        return new MeasurementItem(getId(), indicatorId, measuredOn, value, comment, reportedBy, Map.copyOf(byCategory));
    }
}
