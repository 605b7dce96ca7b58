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
        var chosen = open(bytes, (reader, strings, styles) -> {
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            byte[] data = null;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    var next = in.readAllBytes();
                    if (data == null || preferredSheets.contains(sheets.getSheetName())) {
                        data = next;
                    }
                    if (preferredSheets.contains(sheets.getSheetName())) {
                        break;
                    }
                }
            }
            if (data == null) {
                throw new UserFacingException("import.error.empty");
            }
            return List.of(parse("", data, strings, styles, new int[]{maxRows + 1}));
        }).getFirst();
        var rows = new ArrayList<>(chosen.rows());
        while (!rows.isEmpty() && rows.getLast().stream().allMatch(String::isBlank)) {
            rows.removeLast();
        }
        if (rows.size() < 2) {
            throw new UserFacingException("import.error.empty");
        }
        var headers = rows.getFirst().stream().map(String::strip).toList();
        return new Sheet(headers, List.copyOf(rows.subList(1, rows.size())));
    }

    /**
     * A sheet as it stands, every row from the top (an empty row is an empty list), with the cells that hold a
     * formula: an importer refuses those instead of taking a computed value for typed text.
     */
    record RawSheet(String name, List<List<String>> rows, Set<String> formulaCells) {

        boolean isFormula(int row, int column) {
            return formulaCells.contains(row + ":" + column);
        }
    }

    /**
     * Every sheet of the file, in order, for imports that read several (one per section of a paper). The row limit
     * holds for all sheets together; the checks of size, format and password are those of {@link #read}.
     */
    List<RawSheet> readAll(byte[] bytes) {
        return open(bytes, (reader, strings, styles) -> {
            var result = new ArrayList<RawSheet>();
            var budget = new int[]{maxRows};
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    var data = in.readAllBytes();
                    result.add(parse(sheets.getSheetName(), data, strings, styles, budget));
                }
            }
            return result;
        });
    }

    private interface PackageWork {
        List<RawSheet> run(XSSFReader reader, ReadOnlySharedStringsTable strings,
                           org.apache.poi.xssf.model.StylesTable styles) throws IOException, OpenXML4JException,
                SAXException, javax.xml.parsers.ParserConfigurationException;
    }

    /** The checks every upload goes through, then the package opened for reading. */
    private List<RawSheet> open(byte[] bytes, PackageWork work) {
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
            return work.run(reader, new ReadOnlySharedStringsTable(pkg), reader.getStylesTable());
        } catch (TooManyRows e) {
            throw new UserFacingException("import.error.too-many-rows", maxRows);
        } catch (NotOfficeXmlFileException | InvalidFormatException | POIXMLException e) {
            throw new UserFacingException("import.error.not-excel");
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | IllegalArgumentException e) {
            throw new UserFacingException("import.error.not-excel");
        }
    }

    /** {@code budget[0]}: how many more rows may be read, shared across sheets. */
    private RawSheet parse(String name, byte[] data, ReadOnlySharedStringsTable strings,
                           org.apache.poi.xssf.model.StylesTable styles, int[] budget)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        var collector = new Collector(budget);
        var handler = new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoFormatter(), false);
        var formulas = new FormulaCells(handler);
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(formulas);
        parser.parse(new InputSource(new ByteArrayInputStream(data)));
        return new RawSheet(name, collector.rows, Set.copyOf(formulas.cells));
    }

    /** Notes which cells hold a formula ({@code <c r="B3"><f>…}) and passes every event on to POI's handler. */
    private static final class FormulaCells extends org.xml.sax.helpers.XMLFilterImpl {
        final java.util.Set<String> cells = new java.util.HashSet<>();
        private String current;

        FormulaCells(org.xml.sax.ContentHandler next) {
            setContentHandler(next);
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
                throws SAXException {
            if ("c".equals(localName)) {
                current = atts.getValue("r");
            } else if ("f".equals(localName) && current != null) {
                var ref = new CellReference(current);
                cells.add(ref.getRow() + ":" + ref.getCol());
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int[] budget;
        final List<List<String>> rows = new ArrayList<>();
        private List<String> current;

        Collector(int[] budget) {
            this.budget = budget;
        }

        @Override
        public void startRow(int rowNum) {
            // empty rows in between count too, so a sheet of scattered rows cannot grow the list without limit
            while (rows.size() < rowNum) {
                take();
                rows.add(new ArrayList<>());
            }
            take();
            current = new ArrayList<>();
        }

        private void take() {
            if (budget[0]-- <= 0) {
                throw new TooManyRows();
            }
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
