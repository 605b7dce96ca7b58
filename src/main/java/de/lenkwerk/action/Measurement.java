package de.lenkwerk.action;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

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

    protected Measurement() {
    }

    Measurement(long indicatorId, MeasurementData data, String reportedBy) {
        this.indicatorId = indicatorId;
        this.measuredOn = data.measuredOn();
        this.value = data.value();
        this.comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
        this.reportedBy = reportedBy;
    }

    Snapshot snapshot() {
        return new Snapshot().put("measurement.date", measuredOn).put("measurement.value", value)
                .put("measurement.comment", comment);
    }

    MeasurementItem toItem() {
        return new MeasurementItem(getId(), indicatorId, measuredOn, value, comment, reportedBy);
    }
}
