package de.lenkwerk.report;

import de.lenkwerk.base.UserFacingException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an uploaded .xlsx as plain rows of text, streaming (SAX), so a huge sheet is stopped at the row limit
 * instead of filling the memory. Dates come out as ISO dates and percentages as "45%", whatever the cell format.
 */
final class ExcelListReader {

    /** Sheet names of the status report's action sheet: a round trip picks it even when it is not the first. */
    static final Set<String> ACTION_SHEETS = Set.of("Maßnahmen", "Actions");

    record Sheet(List<String> headers, List<List<String>> rows) {
    }

    private final long maxBytes;
    private final int maxRows;

    ExcelListReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    Sheet read(byte[] bytes) {
        return read(bytes, ACTION_SHEETS);
    }

    /** Reads the first sheet with one of these names, else the first sheet. */
    Sheet read(byte[] bytes, Set<String> preferredSheets) {
        if (bytes.length > maxBytes) {
            throw new UserFacingException("import.error.too-large", maxBytes / (1024 * 1024));
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            // OLE2 container: an old .xls, or an .xlsx protected with a password
            throw new UserFacingException("import.error.encrypted-or-xls");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new UserFacingException("import.error.not-excel");
        }
        try (var pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            byte[] chosen = null;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    var data = in.readAllBytes();
                    if (chosen == null || preferredSheets.contains(sheets.getSheetName())) {
                        chosen = data;
                    }
                    if (preferredSheets.contains(sheets.getSheetName())) {
                        break;
                    }
                }
            }
            if (chosen == null) {
                throw new UserFacingException("import.error.empty");
            }
            var collector = new Collector(maxRows);
            var handler = new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoFormatter(), false);
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            try {
                parser.parse(new InputSource(new ByteArrayInputStream(chosen)));
            } catch (TooManyRows e) {
                throw new UserFacingException("import.error.too-many-rows", maxRows);
            }
            var rows = collector.rows;
            while (!rows.isEmpty() && rows.getLast().stream().allMatch(String::isBlank)) {
                rows.removeLast();
            }
            if (rows.size() < 2) {
                throw new UserFacingException("import.error.empty");
            }
            var headers = rows.getFirst().stream().map(String::strip).toList();
            return new Sheet(headers, List.copyOf(rows.subList(1, rows.size())));
        } catch (NotOfficeXmlFileException | InvalidFormatException | POIXMLException e) {
            throw new UserFacingException("import.error.not-excel");
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | IllegalArgumentException e) {
            throw new UserFacingException("import.error.not-excel");
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        final List<List<String>> rows = new ArrayList<>();
        private List<String> current;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                rows.add(new ArrayList<>());
            }
            // the header plus maxRows data rows are collected; one more is too many
            if (rows.size() >= maxRows + 1) {
                throw new TooManyRows();
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            var column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            if (column < current.size()) {
                current.set(column, value == null ? "" : value);
            } else if (column < 200) {
                current.add(value == null ? "" : value);
            }
        }
    }

    /** Dates as ISO text, percentages as "45%", other numbers plainly: the importer parses one form only. */
    private static final class IsoFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (formatString != null && formatString.contains("%")) {
                return BigDecimal.valueOf(value * 100).stripTrailingZeros().toPlainString() + "%";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
