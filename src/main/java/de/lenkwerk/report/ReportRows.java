package de.lenkwerk.report;

import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The translated rows of the status report's action and change sheets; indicators and measurements come as the
 * action module delivers them ({@link de.lenkwerk.action.ActionReportRows}).
 */
final class ReportRows {

    private ReportRows() {
    }

    record ActionRow(long id, String number, String bodyShortName, String title, String leadOrganisation, String owner,
                     LocalDate deadline, ActionStatus status, int progress, Rag rag, String reason,
                     LocalDateTime lastUpdateAt, String lastUpdateText, String source, String indicators,
                     de.lenkwerk.action.Confidence confidence, de.lenkwerk.action.Disagreement disagreement) {
    }

    record ChangeRow(LocalDateTime changedAt, String actionNumber, String recordType, String field, String oldValue,
                     String newValue, String changedBy) {
    }
}
