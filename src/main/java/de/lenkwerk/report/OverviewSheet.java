package de.lenkwerk.report;

import de.lenkwerk.action.Disagreement;

import de.lenkwerk.action.Rag;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The first sheet: what the report covers, key figures, and bodies by traffic light with a native Excel chart. */
final class OverviewSheet {

    private static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);
    private static final Map<Rag, byte[]> CHART_COLOURS = Map.of(
            Rag.RED, new byte[]{(byte) 0xB3, 0x26, 0x1E}, Rag.AMBER, new byte[]{(byte) 0xD0, (byte) 0x8C, 0x00},
            Rag.GREEN, new byte[]{0x1E, 0x7B, 0x34}, Rag.GREY, new byte[]{(byte) 0x8A, (byte) 0x96, (byte) 0xA3});

    private final BiFunction<String, Object[], String> translate;

    OverviewSheet(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    void write(XSSFWorkbook workbook, ReportStyles s, ReportContent content) {
        var sheet = workbook.createSheet(t("report.sheet.overview"));
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i <= 5; i++) {
            sheet.setColumnWidth(i, 12 * 256);
        }
        var title = sheet.createRow(0).createCell(0);
        title.setCellValue(content.title());
        title.setCellStyle(s.title);
        int r = 2;
        r = fact(sheet, r, s, "report.overview.scope", content.scope());
        var created = sheet.createRow(r++);
        label(created, "report.overview.created", s);
        ReportCells.dateTime(created, 1, content.createdAt(), s);
        r = fact(sheet, r, s, "report.overview.author", content.author());
        var since = sheet.createRow(r++);
        label(since, "report.overview.changes-since", s);
        ReportCells.date(since, 1, content.changesSince(), s);

        r++;
        var figuresHeader = sheet.createRow(r++);
        header(figuresHeader, 0, t("report.overview.figures"), s);
        header(figuresHeader, 1, t("report.col.count"), s);
        var f = content.figures();
        r = figure(sheet, r, s, "report.overview.total", f.total());
        r = figure(sheet, r, s, "dashboard.figure.open", f.open());
        r = figure(sheet, r, s, "dashboard.figure.overdue", f.overdue());
        r = figure(sheet, r, s, "dashboard.figure.due-soon", f.dueSoon());
        r = figure(sheet, r, s, "dashboard.figure.done", f.doneRecently());
        // where the owner's confidence and the rule disagree: where a committee should talk (open actions)
        var disagreements = content.disagreements();
        r = figure(sheet, r, s, "report.overview.disagreements",
                disagreements.values().stream().mapToLong(Long::longValue).sum());
        for (var kind : List.of(Disagreement.GREEN_BUT_LOW_CONFIDENCE, Disagreement.RED_BUT_HIGH_CONFIDENCE)) {
            var row = sheet.createRow(r++);
            ReportCells.text(row, 0, "  " + t("enum.Disagreement." + kind.name()), s, false);
            ReportCells.integer(row, 1, disagreements.getOrDefault(kind, 0L), s);
        }

        r++;
        var tableTitle = sheet.createRow(r++).createCell(0);
        tableTitle.setCellValue(t("report.overview.lights"));
        tableTitle.setCellStyle(s.label);
        var headerRow = r;
        var head = sheet.createRow(r++);
        header(head, 0, t("report.col.body"), s);
        for (int i = 0; i < ORDER.size(); i++) {
            var cell = head.createCell(i + 1);
            cell.setCellValue(t("enum.Rag." + ORDER.get(i).name()));
            cell.setCellStyle(s.rag.get(ORDER.get(i)));
        }
        header(head, ORDER.size() + 1, t("report.col.total"), s);
        var firstBodyRow = r;
        for (var body : content.lights()) {
            var row = sheet.createRow(r++);
            ReportCells.text(row, 0, body.bodyShortName(), s, false);
            long total = 0;
            for (int i = 0; i < ORDER.size(); i++) {
                ReportCells.integer(row, i + 1, body.count(ORDER.get(i)), s);
                total += body.count(ORDER.get(i));
            }
            ReportCells.integer(row, ORDER.size() + 1, total, s);
        }
        var lastBodyRow = r - 1;
        StatusReportWriter.printSetup(sheet, t("report.footer"));
        if (!content.lights().isEmpty()) {
            chart(sheet, headerRow, firstBodyRow, lastBodyRow, r + 1);
        }
    }

    /** A stacked bar chart over the table above it, so it stays true when someone edits the numbers. */
    private void chart(XSSFSheet sheet, int headerRow, int firstRow, int lastRow, int anchorRow) {
        var drawing = sheet.createDrawingPatriarch();
        var height = Math.max(12, (lastRow - firstRow + 1) * 2 + 6);
        var anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 7, anchorRow + height);
        var chart = drawing.createChart(anchor);
        chart.setTitleText(t("report.overview.lights"));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        var categories = chart.createCategoryAxis(AxisPosition.LEFT);
        var values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setOverlap((byte) 100);
        var bodies = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        for (int i = 0; i < ORDER.size(); i++) {
            var counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, i + 1, i + 1));
            var series = data.addSeries(bodies, counts);
            series.setTitle(t("enum.Rag." + ORDER.get(i).name()),
                    new CellReference(sheet.getSheetName(), headerRow, i + 1, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(CHART_COLOURS.get(ORDER.get(i)))));
        }
        chart.plot(data);
    }

    private int fact(XSSFSheet sheet, int r, ReportStyles s, String key, String value) {
        var row = sheet.createRow(r);
        label(row, key, s);
        ReportCells.text(row, 1, value, s, false);
        return r + 1;
    }

    private int figure(XSSFSheet sheet, int r, ReportStyles s, String key, long value) {
        var row = sheet.createRow(r);
        ReportCells.text(row, 0, t(key), s, false);
        ReportCells.integer(row, 1, value, s);
        return r + 1;
    }

    private void label(org.apache.poi.ss.usermodel.Row row, String key, ReportStyles s) {
        var cell = row.createCell(0);
        cell.setCellValue(t(key));
        cell.setCellStyle(s.label);
    }

    private static void header(org.apache.poi.ss.usermodel.Row row, int column, String text, ReportStyles s) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(s.header);
    }

    private String t(String key) {
        return translate.apply(key, new Object[0]);
    }
}
