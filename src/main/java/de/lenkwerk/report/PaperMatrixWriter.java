package de.lenkwerk.report;

import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.Translations;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperRole;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

/**
 * The matrices of one version of a paper as an Excel workbook: one sheet per section with a matrix, the task in the
 * first column and one column per party, roles as coloured letters, the legend under the table, the header row and
 * task column frozen, printed A4 landscape. Small (a paper has dozens of rows), so plain XSSF.
 */
class PaperMatrixWriter {

    static final int HEADER_ROW = 2;
    private static final Map<PaperRole, String> COLOURS = Map.of(PaperRole.DOES, "1A6FB5",
            PaperRole.ACCOUNTABLE, "B3261E", PaperRole.CONSULTED, "8A5A00", PaperRole.INFORMED, "4A6B3A");

    private final Translations translations;

    PaperMatrixWriter(Translations translations) {
        this.translations = translations;
    }

    void write(PaperDetail paper, Locale locale, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var fonts = new EnumMap<PaperRole, XSSFFont>(PaperRole.class);
            for (var role : PaperRole.values()) {
                var font = workbook.createFont();
                font.setBold(true);
                font.setColor(new XSSFColor(hex(COLOURS.get(role)), null));
                fonts.put(role, font);
            }
            var header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setFillForegroundColor(new XSSFColor(hex("E8EEF4"), null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            var cell = workbook.createCellStyle();
            cell.setAlignment(HorizontalAlignment.CENTER);
            cell.setBorderBottom(BorderStyle.HAIR);
            var task = workbook.createCellStyle();
            task.setWrapText(true);
            task.setBorderBottom(BorderStyle.HAIR);
            var taskQuoted = workbook.createCellStyle();
            taskQuoted.cloneStyleFrom(task);
            taskQuoted.setQuotePrefixed(true);
            var names = new HashSet<String>();
            for (var section : paper.content().sections()) {
                if (!section.matrix()) {
                    continue;
                }
                var sheet = workbook.createSheet(sheetName(section, names));
                fill(sheet, paper, section, locale, header, cell, new CellStyle[]{task, taskQuoted}, fonts);
            }
            if (workbook.getNumberOfSheets() == 0) {
                var sheet = workbook.createSheet(t(locale, "paper.export.no-matrix"));
                sheet.createRow(0).createCell(0).setCellValue(t(locale, "paper.export.no-matrix"));
            }
            workbook.write(out);
        }
    }

    private void fill(Sheet sheet, PaperDetail paper, PaperContent.Section section, Locale locale, CellStyle header,
                      CellStyle cellStyle, CellStyle[] taskStyles, Map<PaperRole, XSSFFont> fonts) {
        var shown = paper.shown();
        sheet.createRow(0).createCell(0).setCellValue(paper.title() + " – " + section.heading());
        sheet.createRow(1).createCell(0).setCellValue(shown.adopted()
                ? t(locale, "paper.version.adopted", shown.number(), shown.adoptedOn().toString())
                : t(locale, "paper.version.draft", shown.number()));
        var head = sheet.createRow(HEADER_ROW);
        head.createCell(0).setCellValue(t(locale, "paper.task"));
        head.getCell(0).setCellStyle(header);
        for (int c = 0; c < paper.parties().size(); c++) {
            var h = head.createCell(c + 1);
            h.setCellValue(paper.parties().get(c).label());
            h.setCellStyle(header);
            sheet.setColumnWidth(c + 1, 18 * 256);
        }
        sheet.setColumnWidth(0, 48 * 256);
        int r = HEADER_ROW + 1;
        for (var row : section.rows()) {
            var line = sheet.createRow(r++);
            var taskCell = line.createCell(0);
            // the task is text even when it starts like a formula; the quote prefix keeps Excel from making it one
            // when the cell is edited
            taskCell.setCellValue(row.task());
            taskCell.setCellStyle(taskStyles[ReportCells.looksLikeFormula(row.task()) ? 1 : 0]);
            for (int c = 0; c < paper.parties().size(); c++) {
                var roles = row.roles(paper.parties().get(c).id());
                var value = line.createCell(c + 1);
                value.setCellStyle(cellStyle);
                if (!roles.isEmpty()) {
                    value.setCellValue(letters(roles, locale, fonts));
                }
            }
        }
        r++;
        var legendTitle = sheet.createRow(r++).createCell(0);
        legendTitle.setCellValue(t(locale, "paper.legend"));
        for (var role : PaperRole.values()) {
            var line = sheet.createRow(r++);
            var letter = new XSSFRichTextString(t(locale, "paper.role." + role.name() + ".letter"));
            letter.applyFont(fonts.get(role));
            line.createCell(1).setCellValue(letter);
            line.getCell(1).setCellStyle(cellStyle);
            line.createCell(0).setCellValue(t(locale, EnumLabels.key(role)));
        }
        sheet.createRow(r).createCell(0).setCellValue(t(locale, "paper.legend.rule"));
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    private XSSFRichTextString letters(java.util.Set<PaperRole> roles, Locale locale, Map<PaperRole, XSSFFont> fonts) {
        var text = new StringBuilder();
        var sorted = roles.stream().sorted().toList();
        for (var role : sorted) {
            text.append(t(locale, "paper.role." + role.name() + ".letter"));
        }
        var rich = new XSSFRichTextString(text.toString());
        int at = 0;
        for (var role : sorted) {
            var len = t(locale, "paper.role." + role.name() + ".letter").length();
            rich.applyFont(at, at + len, fonts.get(role));
            at += len;
        }
        return rich;
    }

    static String sheetName(PaperContent.Section section, java.util.Set<String> used) {
        var base = WorkbookUtil.createSafeSheetName(section.heading());
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        var name = base;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.text(locale, key, args);
    }

    private static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
