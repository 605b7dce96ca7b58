package de.lenkwerk.report;

import de.lenkwerk.action.ActionReportRows;
import de.lenkwerk.action.Rag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import de.lenkwerk.action.Disagreement;
import java.util.function.Consumer;

/**
 * Everything the writer needs. Summary figures are computed up front; the long sheets come as row sources that
 * stream from the database into the file, so memory stays flat however many rows there are.
 */
record ReportContent(
        Locale locale,
        String title,
        String scope,
        String author,
        LocalDateTime createdAt,
        LocalDate changesSince,
        Figures figures,
        List<BodyLights> lights,
        Map<Disagreement, Long> disagreements,
        RowSource<ReportRows.ActionRow> actions,
        RowSource<ActionReportRows.IndicatorRow> indicators,
        RowSource<ActionReportRows.MeasurementRow> measurements,
        RowSource<ReportRows.ChangeRow> changes) {

    /** The same key figures as the dashboard's for the report's filter ({@link de.lenkwerk.action.ActionFigures}). */
    record Figures(long total, long open, long overdue, long dueSoon, long doneRecently) {
    }

    /** Open actions per body by traffic light, as on the dashboard. */
    record BodyLights(String bodyShortName, Map<Rag, Long> counts) {

        long count(Rag rag) {
            return counts.getOrDefault(rag, 0L);
        }
    }

    /** Feeds rows one by one to the writer. */
    @FunctionalInterface
    interface RowSource<T> {
        void forEach(Consumer<T> row);
    }
}
