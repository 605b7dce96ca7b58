package de.lenkwerk.report;

import de.lenkwerk.base.UserFacingException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

import javax.xml.parsers.ParserConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an uploaded .xlsx as plain rows of text. The file is opened from disk (entries are inflated only when read),
 * the chosen sheet is parsed as a stream (SAX) straight from the zip, and every limit stops the reading at once: the
 * file size, the inflated size of each entry, the row cap, far-out columns and over-long cells. Dates come out as ISO
 * dates and percentages as "45%", whatever the cell format. Any importer of lists (actions, values, papers) uses it.
 */
final class ExcelListReader {

    /** Sheet names of the status report's action sheet: a round trip picks it even when it is not the first. */
    static final Set<String> ACTION_SHEETS = Set.of("Maßnahmen", "Actions");
    /** Columns beyond this are ignored before anything is stored, so a cell in column XFD pads nothing. */
    static final int MAX_COLUMNS = 200;
    /** Excel's own limit for the text of one cell; a longer one can only come from a crafted file. */
    static final int MAX_CELL_CHARS = 32_767;
    /**
     * The largest inflated size of one entry (a sheet, the shared strings). A list of 5,000 rows with long
     * descriptions is about 25 MB of XML; beyond that it is a zip bomb, and the shared strings, which POI keeps in
     * memory, stay well under the heap.
     */
    static final long MAX_ENTRY_BYTES = 48L * 1024 * 1024;
    /**
     * Smallest compressed/inflated ratio per entry. Real sheets compress to 3–10 % of their XML; 1 % (POI's default,
     * set here on purpose) lets them through and stops highly repetitive bombs after their first few megabytes.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** POI's cap for text pulled from a document at once (text extractors); well above MAX_ENTRY_BYTES of text. */
    static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;
    /** A list from Excel has a dozen entries, a report with pictures a few dozen: 200 is many, 10,000s are an attack. */
    static final long MAX_FILE_COUNT = 200;

    static {
        // global in POI: they guard every reading of an OOXML file in this application, which only ever reads uploads
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }

    record Sheet(List<String> headers, List<List<String>> rows) {
    }

    /** Told after every row that is read; it may stop the reading by throwing (a cancelled import). */
    @FunctionalInterface
    interface RowListener {
        RowListener NONE = rows -> {
        };

        void rowsRead(int rows);
    }

    private final long maxBytes;
    private final int maxRows;

    ExcelListReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    long maxBytes() {
        return maxBytes;
    }

    int maxRows() {
        return maxRows;
    }

    Sheet read(byte[] bytes) {
        return read(bytes, ACTION_SHEETS, RowListener.NONE);
    }

    Sheet read(byte[] bytes, Set<String> preferredSheets) {
        return read(bytes, preferredSheets, RowListener.NONE);
    }

    /** Reads the first sheet with one of these names, else the first sheet. */
    Sheet read(byte[] bytes, Set<String> preferredSheets, RowListener listener) {
        checkHead(bytes.length, bytes);
        return withFile(bytes, file -> read(file, preferredSheets, listener));
    }

    /** Reads a file already on disk (at most {@code maxBytes} long). */
    Sheet read(Path file, Set<String> preferredSheets, RowListener listener) {
        return open(file, (reader, strings, styles) -> {
            var index = chosenSheet(reader, preferredSheets);
            var sheets = reader.getSheetsData();
            for (int i = 0; i < index; i++) {
                sheets.next().close();
            }
            var collector = new Collector(maxRows, listener);
            try (InputStream in = sheets.next()) {
                parse(in, strings, styles, collector, null);
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
        });
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
     * Every sheet of the file, in order, for imports that read several (one per section of a paper). The row cap
     * holds for all sheets together; every other check and limit is that of {@link #read}.
     */
    List<RawSheet> readAll(byte[] bytes) {
        return withFile(bytes, file -> open(file, (reader, strings, styles) -> {
            var result = new ArrayList<RawSheet>();
            var left = maxRows;
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    var collector = new Collector(left, RowListener.NONE);
                    var formulas = new FormulaCells();
                    parse(in, strings, styles, collector, formulas);
                    result.add(new RawSheet(sheets.getSheetName(), collector.rows, Set.copyOf(formulas.cells)));
                    left -= collector.rows.size();
                    if (left < 0) {
                        throw new TooManyRows();
                    }
                }
            }
            return result;
        }));
    }

    private interface PackageWork<T> {
        T run(XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles)
                throws IOException, OpenXML4JException, SAXException, ParserConfigurationException;
    }

    /** The upload as a temporary file: POI then inflates only the entries read, not every entry into memory. */
    private static <T> T withFile(byte[] bytes, java.util.function.Function<Path, T> work) {
        Path file = null;
        try {
            file = Files.createTempFile("lenkwerk-import", ".xlsx");
            Files.write(file, bytes);
            return work.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temp folder is cleaned by the system
                }
            }
        }
    }

    /** The checks every upload goes through, then the package opened for reading, and one way to fail. */
    private <T> T open(Path file, PackageWork<T> work) {
        byte[] head;
        long size;
        try (var in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkHead(size, head);
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            return work.run(reader, new ReadOnlySharedStringsTable(pkg), reader.getStylesTable());
        } catch (TooManyRows e) {
            throw new UserFacingException("import.error.too-many-rows", maxRows);
        } catch (CellTooLong e) {
            throw new UserFacingException("import.error.cell-too-long", e.reference, MAX_CELL_CHARS);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UserFacingException("import.error.not-excel");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | POIXMLException | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException(bomb(e) ? "import.error.unpacked-too-large" : "import.error.not-excel");
        }
    }

    /** One sheet's XML as a stream (SAX) into the collector; {@code formulas}, if given, sees the events first. */
    private static void parse(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles,
                              Collector collector, FormulaCells formulas)
            throws IOException, SAXException, ParserConfigurationException {
        var handler = new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoFormatter(), false);
        var parser = XMLHelper.newXMLReader();
        if (formulas != null) {
            formulas.setContentHandler(handler);
            parser.setContentHandler(formulas);
        } else {
            parser.setContentHandler(handler);
        }
        parser.parse(new InputSource(in));
    }

    /** Notes which cells hold a formula ({@code <c r="B3"><f>…}) and passes every event on to POI's handler. */
    private static final class FormulaCells extends XMLFilterImpl {
        final Set<String> cells = new HashSet<>();
        private String current;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                current = atts.getValue("r");
            } else if ("f".equals(localName) && current != null) {
                var ref = new CellReference(current);
                cells.add(ref.getRow() + ":" + ref.getCol());
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    private void checkHead(long size, byte[] head) {
        if (size > maxBytes) {
            throw new UserFacingException("import.error.too-large", maxBytes / (1024 * 1024));
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            // OLE2 container: an old .xls, or an .xlsx protected with a password
            throw new UserFacingException("import.error.encrypted-or-xls");
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UserFacingException("import.error.not-excel");
        }
    }

    /** The index of the first preferred sheet, else 0; the sheets are opened but not read. */
    private static int chosenSheet(XSSFReader reader, Set<String> preferredSheets) throws IOException,
            InvalidFormatException {
        var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        int index = 0;
        while (sheets.hasNext()) {
            sheets.next().close();
            if (preferredSheets.contains(sheets.getSheetName())) {
                return index;
            }
            index++;
        }
        if (index == 0) {
            throw new UserFacingException("import.error.empty");
        }
        return 0;
    }

    /** POI's zip guards say so in their messages; they reach us wrapped in various exceptions. */
    private static boolean bomb(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            var message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static final class CellTooLong extends RuntimeException {
        final String reference;

        CellTooLong(String reference) {
            super(null, null, false, false);
            this.reference = reference;
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final RowListener listener;
        final List<List<String>> rows = new ArrayList<>();
        /** The row being read, or null beyond the row cap (where only a non-blank cell is an error). */
        private List<String> current;

        Collector(int maxRows, RowListener listener) {
            this.maxRows = maxRows;
            this.listener = listener;
        }

        @Override
        public void startRow(int rowNum) {
            // the header (row 0) plus maxRows data rows are kept; rows beyond are refused as soon as one has content
            if (rowNum > maxRows) {
                current = null;
                return;
            }
            while (rows.size() < rowNum) {
                rows.add(List.of());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current != null) {
                rows.add(current);
                listener.rowsRead(rows.size());
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            var text = value == null ? "" : value;
            if (text.length() > MAX_CELL_CHARS) {
                throw new CellTooLong(reference == null ? "?" : reference);
            }
            if (current == null) {
                if (!text.isBlank()) {
                    throw new TooManyRows();
                }
                return;
            }
            var column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            if (column < current.size()) {
                current.set(column, text);
            } else {
                current.add(text);
            }
        }
    }

    /** Dates as ISO text, percentages as "45%", other numbers plainly: the importer parses one form only. */
    private static final class IsoFormatter extends DataFormatter {

        /** Excel's last valid date, 31.12.9999; beyond it a "date" cell is just a number. */
        private static final double LAST_EXCEL_DATE = 2_958_465;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (!Double.isFinite(value)) {
                return String.valueOf(value);
            }
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                    && value <= LAST_EXCEL_DATE) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (formatString != null && formatString.contains("%") && Double.isFinite(value * 100)) {
                return BigDecimal.valueOf(value * 100).stripTrailingZeros().toPlainString() + "%";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
