package de.lenkwerk.report;

import de.lenkwerk.action.Rag;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Writes the status report: an overview with key figures and a native chart, then the actions, indicators,
 * measurements and changes. The long sheets are streamed (SXSSF, 200 rows in memory); temporary files are
 * removed when the workbook is closed.
 */
final class StatusReportWriter {

    static final int ROWS_IN_MEMORY = 200;

    private final BiFunction<String, Object[], String> translate;
    private final java.util.Map<de.lenkwerk.action.ActionStatus, String> statusLabels =
            new java.util.EnumMap<>(de.lenkwerk.action.ActionStatus.class);
    private final java.util.Map<Rag, String> ragLabels = new java.util.EnumMap<>(Rag.class);

    /** {@code translate} turns a message key and arguments into text in the report's language. */
    StatusReportWriter(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        for (var status : de.lenkwerk.action.ActionStatus.values()) {
            statusLabels.put(status, t("enum.ActionStatus." + status.name()));
        }
        for (var rag : Rag.values()) {
            ragLabels.put(rag, t("enum.Rag." + rag.name()));
        }
    }

    void write(ReportContent content, OutputStream out) throws IOException {
        var template = new XSSFWorkbook();
        var properties = template.getProperties().getCoreProperties();
        properties.setTitle(content.title());
        properties.setCreator(content.author());
        properties.setDescription(content.scope());
        var overviewStyles = new ReportStyles(template, content.locale());
        new OverviewSheet(this::t).write(template, overviewStyles, content);

        var workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY, false);
        try {
            // the overview's styles live in the template, which SXSSF shares
            writeActions(workbook, overviewStyles, content);
            writeIndicators(workbook, overviewStyles, content);
            writeMeasurements(workbook, overviewStyles, content);
            writeChanges(workbook, overviewStyles, content);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void writeActions(SXSSFWorkbook workbook, ReportStyles s, ReportContent content) {
        var sheet = sheet(workbook, "report.sheet.actions", s, List.of(
                col("report.col.number", 15), col("report.col.body", 12), col("report.col.title", 32),
                col("report.col.lead-organisation", 18), col("report.col.owner", 16), col("report.col.deadline", 11),
                col("report.col.status", 10), col("report.col.progress", 10), col("report.col.rag", 8),
                col("report.col.reason", 28), col("report.col.last-update", 15), col("report.col.update-text", 34),
                col("report.col.source", 22), col("report.col.indicators", 30), col("report.col.confidence", 12),
                col("report.col.disagreement", 30)));
        var last = new int[]{0};
        content.actions().forEach(a -> {
            var row = sheet.createRow(++last[0]);
            ReportCells.text(row, 0, a.number(), s, false);
            ReportCells.text(row, 1, a.bodyShortName(), s, false);
            ReportCells.text(row, 2, a.title(), s, true);
            ReportCells.text(row, 3, a.leadOrganisation(), s, true);
            ReportCells.text(row, 4, a.owner(), s, false);
            ReportCells.date(row, 5, a.deadline(), s);
            ReportCells.text(row, 6, statusLabels.get(a.status()), s, false);
            ReportCells.percent(row, 7, a.progress(), s);
            ragCell(row, 8, a.rag(), s);
            ReportCells.text(row, 9, a.reason(), s, true);
            ReportCells.dateTime(row, 10, a.lastUpdateAt(), s);
            ReportCells.text(row, 11, a.lastUpdateText(), s, true);
            ReportCells.text(row, 12, a.source(), s, true);
            ReportCells.text(row, 13, a.indicators(), s, true);
            ReportCells.text(row, 14, a.confidence() == null ? null : t("enum.Confidence." + a.confidence().name()), s, false);
            if (a.disagreement() != de.lenkwerk.action.Disagreement.NONE) {
                var cell = row.createCell(15);
                cell.setCellValue(t("enum.Disagreement." + a.disagreement().name()));
                cell.setCellStyle(s.rag.get(Rag.AMBER));
            }
            fitHeight(row, sheet, 2, 3, 9, 11, 12, 13, 15);
        });
        finish(sheet, last[0], 15);
    }

    private void writeIndicators(SXSSFWorkbook workbook, ReportStyles s, ReportContent content) {
        var sheet = sheet(workbook, "report.sheet.indicators", s, List.of(
                col("report.col.number", 16), col("report.col.indicator", 30), col("report.col.unit", 10),
                col("report.col.baseline", 12), col("report.col.baseline-date", 12), col("report.col.target", 12),
                col("report.col.target-date", 12), col("report.col.latest", 12), col("report.col.latest-date", 12),
                col("report.col.achievement", 12), col("report.col.plan", 14), col("report.col.category", 18),
                col("report.col.aggregation", 20), col("report.col.milestones", 28), col("report.col.forecast", 12),
                col("report.col.forecast-outcome", 20), col("report.col.original-target", 14),
                col("report.col.original-target-date", 14)));
        var last = new int[]{0};
        var behindLabel = t("indicator.behind");
        var onTrackLabel = t("indicator.on-track");
        var totalLabel = t("report.category.total");
        content.indicators().forEach(i -> {
            var row = sheet.createRow(++last[0]);
            ReportCells.text(row, 0, i.actionNumber(), s, false);
            ReportCells.text(row, 1, i.name(), s, true);
            ReportCells.text(row, 2, i.unit(), s, false);
            ReportCells.number(row, 3, i.baseline(), s);
            ReportCells.date(row, 4, i.baselineDate(), s);
            ReportCells.number(row, 5, i.target(), s);
            ReportCells.date(row, 6, i.targetDate(), s);
            ReportCells.number(row, 7, i.latest(), s);
            ReportCells.date(row, 8, i.latestDate(), s);
            ReportCells.percent(row, 9, i.achievementPercent(), s);
            var plan = row.createCell(10);
            plan.setCellValue(i.behind() ? behindLabel : onTrackLabel);
            plan.setCellStyle(s.rag.get(i.behind() ? Rag.AMBER : Rag.GREEN));
            ReportCells.text(row, 11, i.byCategory().isEmpty() ? null : totalLabel, s, false);
            ReportCells.text(row, 12, t("enum.IndicatorAggregation." + i.aggregation().name()), s, false);
            ReportCells.text(row, 13, i.milestones().stream()
                    .map(m -> ReportCells.dayMonthYear(m.dueOn()) + ": " + de.lenkwerk.action.IndicatorProgress.plain(m.targetValue()))
                    .reduce((a, b) -> a + "; " + b).orElse(null), s, true);
            ReportCells.number(row, 14, i.forecast().value(), s);
            ReportCells.text(row, 15, t("enum.Outcome." + i.forecast().outcome().name()), s, false);
            ReportCells.number(row, 16, i.originalTarget(), s);
            ReportCells.date(row, 17, i.originalTargetDate(), s);
            fitHeight(row, sheet, 1, 13);
            // one row per category under the indicator: its current value by the same rule
            i.byCategory().forEach((category, value) -> {
                var categoryRow = sheet.createRow(++last[0]);
                ReportCells.text(categoryRow, 0, i.actionNumber(), s, false);
                ReportCells.text(categoryRow, 1, i.name(), s, true);
                ReportCells.text(categoryRow, 2, i.unit(), s, false);
                ReportCells.number(categoryRow, 7, value, s);
                ReportCells.text(categoryRow, 11, category, s, false);
            });
        });
        finish(sheet, last[0], 17);
    }

    private void writeMeasurements(SXSSFWorkbook workbook, ReportStyles s, ReportContent content) {
        var sheet = sheet(workbook, "report.sheet.measurements", s, List.of(
                col("report.col.number", 16), col("report.col.indicator", 30), col("report.col.date", 12),
                col("report.col.value", 12), col("report.col.unit", 10), col("report.col.comment", 40),
                col("report.col.reported-by", 20), col("report.col.category", 18)));
        var last = new int[]{0};
        var totalLabel = t("report.category.total");
        content.measurements().forEach(m -> {
            var row = sheet.createRow(++last[0]);
            ReportCells.text(row, 0, m.actionNumber(), s, false);
            ReportCells.text(row, 1, m.indicator(), s, false);
            ReportCells.date(row, 2, m.date(), s);
            ReportCells.number(row, 3, m.value(), s);
            ReportCells.text(row, 4, m.unit(), s, false);
            ReportCells.text(row, 5, m.comment(), s, true);
            ReportCells.text(row, 6, m.reportedBy(), s, false);
            ReportCells.text(row, 7, m.byCategory().isEmpty() ? null : totalLabel, s, false);
            fitHeight(row, sheet, 5);
            // the breakdown: one row per category, so that Excel's filter and sums work on it
            m.byCategory().forEach((category, value) -> {
                var categoryRow = sheet.createRow(++last[0]);
                ReportCells.text(categoryRow, 0, m.actionNumber(), s, false);
                ReportCells.text(categoryRow, 1, m.indicator(), s, false);
                ReportCells.date(categoryRow, 2, m.date(), s);
                ReportCells.number(categoryRow, 3, value, s);
                ReportCells.text(categoryRow, 4, m.unit(), s, false);
                ReportCells.text(categoryRow, 7, category, s, false);
            });
        });
        finish(sheet, last[0], 7);
    }

    private void writeChanges(SXSSFWorkbook workbook, ReportStyles s, ReportContent content) {
        var sheet = sheet(workbook, "report.sheet.changes", s, List.of(
                col("report.col.changed-at", 16), col("report.col.number", 16), col("report.col.record", 14),
                col("report.col.field", 22), col("report.col.old", 30), col("report.col.new", 30),
                col("report.col.changed-by", 20)));
        var last = new int[]{0};
        content.changes().forEach(c -> {
            var row = sheet.createRow(++last[0]);
            ReportCells.dateTime(row, 0, c.changedAt(), s);
            ReportCells.text(row, 1, c.actionNumber(), s, false);
            ReportCells.text(row, 2, c.recordType(), s, false);
            ReportCells.text(row, 3, c.field(), s, false);
            ReportCells.text(row, 4, c.oldValue(), s, true);
            ReportCells.text(row, 5, c.newValue(), s, true);
            ReportCells.text(row, 6, c.changedBy(), s, false);
            fitHeight(row, sheet, 4, 5);
        });
        finish(sheet, last[0], 6);
    }

    /**
     * Streamed rows get no automatic height, so wrapped text would overlap in LibreOffice and Excel; estimate the
     * lines from text length and column width instead.
     */
    private static void fitHeight(Row row, Sheet sheet, int... wrappedColumns) {
        int lines = 1;
        for (var column : wrappedColumns) {
            var cell = row.getCell(column);
            if (cell == null) {
                continue;
            }
            var chars = Math.max(1, sheet.getColumnWidth(column) / 256 - 1);
            var text = cell.getStringCellValue();
            int cellLines = 0;
            int start = 0;
            while (start <= text.length()) {
                var end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                cellLines += Math.max(1, (int) Math.ceil((end - start) * 1.1 / chars));
                start = end + 1;
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409, lines * 12.75f + 2));
    }

    private void ragCell(Row row, int column, Rag rag, ReportStyles s) {
        var cell = row.createCell(column);
        cell.setCellValue(ragLabels.get(rag));
        cell.setCellStyle(s.rag.get(rag));
    }

    private record Column(String key, int width) {
    }

    private static Column col(String key, int width) {
        return new Column(key, width);
    }

    private Sheet sheet(SXSSFWorkbook workbook, String nameKey, ReportStyles s, List<Column> columns) {
        var sheet = workbook.createSheet(t(nameKey));
        var header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(t(columns.get(i).key()));
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        printSetup(sheet, t("report.footer"));
        return sheet;
    }

    /** Auto-filter over the written rows; the header repeats on every printed page. */
    private static void finish(Sheet sheet, int lastRow, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, lastColumn));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    static void printSetup(Sheet sheet, String footer) {
        var print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setCenter(footer);
    }

    String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
