package de.lenkwerk.report;

import de.lenkwerk.action.Rag;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The cell styles of the report, created once per workbook (Excel allows only a few thousand). */
final class ReportStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle wrap;
    final CellStyle wrapQuoted;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle number;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle label;
    final Map<Rag, CellStyle> rag = new EnumMap<>(Rag.class);

    ReportStyles(Workbook workbook, Locale locale) {
        if (workbook instanceof XSSFWorkbook xssf) {
            defaultStyle(xssf);
        }
        var format = workbook.createDataFormat();
        var german = locale.getLanguage().equals("de");

        var titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        var bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xDD, (byte) 0xE6, (byte) 0xF0}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = workbook.createCellStyle();
        label.setFont(bold);

        text = top(workbook);
        textQuoted = quoted(workbook, text);
        wrap = top(workbook);
        wrap.setWrapText(true);
        wrapQuoted = quoted(workbook, wrap);
        date = top(workbook);
        date.setDataFormat(format.getFormat(german ? "dd.mm.yyyy" : "dd mmm yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        dateTime = top(workbook);
        dateTime.setDataFormat(format.getFormat(german ? "dd.mm.yyyy hh:mm" : "dd mmm yyyy hh:mm"));
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        number = top(workbook);
        number.setDataFormat(format.getFormat("#,##0.####"));
        integer = top(workbook);
        integer.setDataFormat(format.getFormat("#,##0"));
        percent = top(workbook);
        percent.setDataFormat(format.getFormat("0%"));

        colour(workbook, Rag.RED, 0xFFC7CE, 0x9C0006);
        colour(workbook, Rag.AMBER, 0xFFEB9C, 0x7A4500);
        colour(workbook, Rag.GREEN, 0xC6EFCE, 0x006100);
        colour(workbook, Rag.GREY, 0xE7E6E6, 0x3A3A3A);
    }

    /** Text that a spreadsheet could take for a formula keeps its quote prefix and stays text. */
    CellStyle forText(String value, boolean wrapped) {
        if (ReportCells.looksLikeFormula(value)) {
            return wrapped ? wrapQuoted : textQuoted;
        }
        return wrapped ? wrap : text;
    }

    private void colour(Workbook workbook, Rag value, int fill, int font) {
        var style = (XSSFCellStyle) top(workbook);
        style.setFillForegroundColor(new XSSFColor(rgb(fill)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        var f = (XSSFFont) workbook.createFont();
        f.setBold(true);
        f.setColor(new XSSFColor(rgb(font)));
        style.setFont(f);
        rag.put(value, style);
    }

    private static byte[] rgb(int value) {
        return new byte[]{(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    /**
     * POI writes a styles part without the named "Normal" style and with "darkGray" as the second built-in fill
     * (Excel's is "gray125"); some readers then warn that the workbook has no default style. Both are put right here.
     */
    static void defaultStyle(XSSFWorkbook workbook) {
        var styles = workbook.getStylesSource();
        var sheet = styles.getCTStylesheet();
        if (sheet.getCellStyles() == null) {
            var named = sheet.addNewCellStyles();
            var normal = named.addNewCellStyle();
            normal.setName("Normal");
            normal.setXfId(0);
            normal.setBuiltinId(0);
            named.setCount(1);
        }
        if (styles.getFills().size() > 1) {
            styles.getFills().get(1).getCTFill().getPatternFill().setPatternType(STPatternType.GRAY_125);
        }
    }

    private static CellStyle top(Workbook workbook) {
        var style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle quoted(Workbook workbook, CellStyle base) {
        var style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }
}
