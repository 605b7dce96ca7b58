package de.lenkwerk.report;

import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rows of the status report's sheets, as the queries deliver them. */
final class ReportRows {

    private ReportRows() {
    }

    record ActionRow(long id, String number, String bodyShortName, String title, String leadOrganisation, String owner,
                     LocalDate deadline, ActionStatus status, int progress, Rag rag, String reason,
                     LocalDateTime lastUpdateAt, String lastUpdateText, String source, String indicators) {
    }

    record IndicatorRow(String actionNumber, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
                        BigDecimal target, LocalDate targetDate, BigDecimal latest, LocalDate latestDate,
                        int achievementPercent, boolean behind) {
    }

    record MeasurementRow(String actionNumber, String indicator, LocalDate date, BigDecimal value, String unit,
                          String comment, String reportedBy) {
    }

    record ChangeRow(LocalDateTime changedAt, String actionNumber, String recordType, String field, String oldValue,
                     String newValue, String changedBy) {
    }
}
