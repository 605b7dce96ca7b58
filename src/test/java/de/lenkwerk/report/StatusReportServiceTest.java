package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorAggregation;
import de.lenkwerk.action.IndicatorBreakdown;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The status report, read back with POI: structure, types, formatting, safety and access limits. */
@ServiceTest
class StatusReportServiceTest {

    private static final String OVERDUE = "Verbindliches Schnittstellenpapier erarbeiten";

    @Autowired
    StatusReportService reports;
    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestData fixture;

    /**
     * A body with a secretariat and a reader: an action 12 days overdue at 70 %, one with a measured indicator; and a
     * second body with an action that must not appear in their reports.
     */
    private TestData.Committee committee;
    private BodyItem body;
    private BodyItem other;
    private long ownerId;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        committee = fixture.committee("Bericht");
        body = committee.body();
        ownerId = fixture.person("Verantwortlich").id();
        fixture.action(body, new ActionData(OVERDUE, null, ownerId, null, null, Set.of(), today.minusDays(60),
                today.minusDays(12), ActionStatus.IN_PROGRESS, 70, null, null, null, null));
        ActionDetail measured = fixture.action(body, fixture.actionData("Beratungstage anbieten", ownerId, 90),
                fixture.indicator("Beratungstage", 24, today.minusDays(10), today.plusDays(90)));
        fixture.measure(measured, today, 6);
        other = fixture.committee("Nachbar", MembershipRole.SECRETARIAT).body();
        fixture.action(other, fixture.actionData("Fremde Maßnahme", ownerId, 20));
    }

    @Test
    void theReportHasItsSheetsTypedCellsAndOnlyTheSecretariatsRows() throws Exception {
        fixture.signIn(committee.secretariat());
        try (var workbook = read(new StatusReportRequest(ActionFilter.NONE, null, null, Locale.GERMAN))) {
            assertThat(sheetNames(workbook)).containsExactly("Übersicht", "Maßnahmen", "Indikatoren", "Messwerte", "Änderungen");
            var sheet = workbook.getSheet("Maßnahmen");
            assertThat(rowTexts(sheet, 0)).startsWith("Nr.", "Gremium", "Titel", "Federführende Organisation",
                    "Verantwortlich", "Frist", "Status", "Fortschritt", "Ampel", "Begründung");
            assertThat(sheet.getLastRowNum()).isEqualTo(actions.count(ActionFilter.NONE));
            var numbers = new ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(numbers).hasSize(2).allSatisfy(n -> assertThat(n).startsWith(body.actionPrefix() + "-")
                    .doesNotStartWith(other.actionPrefix()));

            var overdue = findRow(sheet, OVERDUE);
            var deadline = overdue.getCell(5);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today.minusDays(12));
            assertThat(overdue.getCell(7).getNumericCellValue()).isEqualTo(0.7);
            var rag = overdue.getCell(8);
            assertThat(rag.getStringCellValue()).isEqualTo("Rot");
            assertThat(((XSSFCellStyle) rag.getCellStyle()).getFillForegroundColorColor().getARGBHex()).endsWith("FFC7CE");
            assertThat(overdue.getCell(9).getStringCellValue()).startsWith("Frist seit 12 Tagen überschritten");

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFooter().getCenter()).contains("&P");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Statusbericht");
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo(committee.secretariat().name());
        }
    }

    @Test
    void theOverviewHasKeyFiguresAndANativeChart() throws Exception {
        fixture.signIn(committee.secretariat());
        try (var workbook = read(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN))) {
            var overview = workbook.getSheet("Übersicht");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Statusbericht " + body.name());
            assertThat(overview.getDrawingPatriarch().getCharts()).hasSize(1);
            var text = new ArrayList<String>();
            overview.forEach(row -> row.forEach(cell -> text.add(cell.toString())));
            assertThat(text).contains("überfällig", body.shortName(), "Rot");
            var indicators = workbook.getSheet("Indikatoren");
            assertThat(rowTexts(indicators, 0)).contains("Zielwert", "Zielerreichung");
            assertThat(indicators.getLastRowNum()).isPositive();
            assertThat(workbook.getSheet("Messwerte").getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(workbook.getSheet("Messwerte").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(6.0);
        }
    }

    @Test
    void theOverviewCountsWhereConfidenceAndRuleDisagree() throws Exception {
        var owner = fixture.account("Zuversichtlich");
        var action = fixture.action(body, fixture.actionData("Anlaufstelle einrichten", owner.personId(), 120));
        fixture.as(owner, () -> actions.report(action.id(), action.version(), new de.lenkwerk.action.ProgressReport(
                "Beraterin fehlt ab Sommer", ActionStatus.IN_PROGRESS, 10, de.lenkwerk.action.Confidence.LOW)));
        fixture.signIn(committee.secretariat());
        try (var workbook = read(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN))) {
            var overview = workbook.getSheet("Übersicht");
            assertThat(figure(overview, "Offene Maßnahmen, bei denen Zuversicht und Ampel sich widersprechen"))
                    .isEqualTo(1.0);
            assertThat(figure(overview, "Grün nach Regel, aber geringe Zuversicht")).isEqualTo(1.0);
            assertThat(figure(overview, "Rot nach Regel, aber hohe Zuversicht")).isZero();
        }
    }

    /** The number beside a label in the first column of the overview sheet. */
    private static double figure(XSSFSheet sheet, String label) {
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().strip().equals(label)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no figure " + label);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        fixture.signIn(committee.secretariat());
        var evil = "=HYPERLINK(\"http://example.org\";\"Klick\")";
        actions.create(body.id(), new ActionData(evil, "@SUM(1+1)", ownerId, null, null, Set.of(), null,
                today.plusDays(30), ActionStatus.IN_PROGRESS, 10, null, null, "+49 351 123", null), null);

        try (var workbook = read(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN))) {
            for (var sheet : workbook) {
                sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
            var row = findRow(workbook.getSheet("Maßnahmen"), evil);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(12).getStringCellValue()).isEqualTo("+49 351 123");
            assertThat(row.getCell(12).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theFileNameSaysWhatAndWhenInSafeCharacters() {
        fixture.signIn(committee.secretariat());

        assertThat(reports.fileName(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN)))
                .isEqualTo("Statusbericht_Bericht-" + body.shortName().substring("Bericht ".length()) + "_" + today + ".xlsx");
        assertThat(reports.fileName(new StatusReportRequest(ActionFilter.NONE, null, null, Locale.ENGLISH)))
                .isEqualTo("StatusReport_All-bodies_" + today + ".xlsx");
        assertThat(StatusReportService.safe("AG Übergänge/../\"x\" ß")).isEqualTo("AG-Uebergaenge-x-ss");
    }

    @Test
    void englishReadersGetEnglishHeaders() throws Exception {
        fixture.signIn(committee.reader());
        try (var workbook = read(new StatusReportRequest(ActionFilter.NONE, null, null, Locale.ENGLISH))) {
            assertThat(sheetNames(workbook)).containsExactly("Overview", "Actions", "Indicators", "Measurements", "Changes");
            assertThat(rowTexts(workbook.getSheet("Actions"), 0)).startsWith("No.", "Body", "Title");
            assertThat(workbook.getSheet("Actions").getLastRowNum()).isEqualTo(actions.count(ActionFilter.NONE)).isEqualTo(2);
        }
    }

    @Test
    void theBreakdownPerCategoryIsInTheMeasurementsAndIndicatorsSheets() throws Exception {
        var ibas = fixture.committee("IBAS", MembershipRole.SECRETARIAT);
        var action = fixture.action(ibas.body(), fixture.actionData("Beratungstage der IBAS", ownerId, 120));
        var cities = java.util.List.of("Dresden", "Leipzig", "Chemnitz", "Zwickau");
        var indicator = fixture.as(ibas.secretariat(), () -> indicators.add(action.id(), new IndicatorData("Beratungstage",
                "Tage", java.math.BigDecimal.ZERO, today.minusDays(40), java.math.BigDecimal.valueOf(24),
                today.plusDays(120), IndicatorDirection.UP, IndicatorAggregation.PERIOD_SUM, IndicatorBreakdown.LIST,
                cities, java.util.List.of())));
        fixture.run(ibas.secretariat(), () -> {
            indicators.addMeasurement(indicator.id(), new MeasurementData(today.minusDays(30), null, "Januar",
                    values(cities, 1, 2, 0, 0)));
            indicators.addMeasurement(indicator.id(), new MeasurementData(today.minusDays(1), null, "Februar",
                    values(cities, 1, 1, 1, 1)));
        });
        fixture.signIn(ibas.secretariat());
        try (var workbook = read(new StatusReportRequest(ActionFilter.ofBody(ibas.id()), null, null, Locale.GERMAN))) {
            var measurements = workbook.getSheet("Messwerte");
            assertThat(rowTexts(measurements, 0)).contains("Wert", "Kategorie");
            // per measurement: the total, then one row per category in the categories' order
            assertThat(measurements.getLastRowNum()).isEqualTo(10);
            assertThat(measurements.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(measurements.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Gesamt");
            assertThat(measurements.getRow(3).getCell(7).getStringCellValue()).isEqualTo("Leipzig");
            assertThat(measurements.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(measurements.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(today.minusDays(30));
            assertThat(measurements.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(4.0);

            var sheet = workbook.getSheet("Indikatoren");
            assertThat(rowTexts(sheet, 0)).contains("Kategorie", "Werte zählen als", "Prognose");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            var total = sheet.getRow(1);
            // counts per period add up: 3 + 4
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(7.0);
            assertThat(total.getCell(11).getStringCellValue()).isEqualTo("Gesamt");
            assertThat(total.getCell(12).getStringCellValue()).isEqualTo("Anzahl je Zeitraum (summiert)");
            assertThat(total.getCell(14).getCellType()).isEqualTo(CellType.NUMERIC);
            var perCity = new java.util.LinkedHashMap<String, Double>();
            for (int r = 2; r <= 5; r++) {
                perCity.put(sheet.getRow(r).getCell(11).getStringCellValue(), sheet.getRow(r).getCell(7).getNumericCellValue());
            }
            assertThat(perCity).containsExactly(java.util.Map.entry("Dresden", 2.0), java.util.Map.entry("Leipzig", 3.0),
                    java.util.Map.entry("Chemnitz", 1.0), java.util.Map.entry("Zwickau", 1.0));
        }
    }

    private static java.util.Map<String, java.math.BigDecimal> values(java.util.List<String> categories, int... values) {
        var result = new java.util.LinkedHashMap<String, java.math.BigDecimal>();
        for (int i = 0; i < values.length; i++) {
            result.put(categories.get(i), java.math.BigDecimal.valueOf(values[i]));
        }
        return result;
    }

    private XSSFWorkbook read(StatusReportRequest request) throws Exception {
        var out = new ByteArrayOutputStream();
        reports.write(request, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static java.util.List<String> sheetNames(XSSFWorkbook workbook) {
        var names = new ArrayList<String>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static java.util.List<String> rowTexts(XSSFSheet sheet, int row) {
        var texts = new ArrayList<String>();
        sheet.getRow(row).forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static org.apache.poi.ss.usermodel.Row findRow(XSSFSheet sheet, String title) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (title.equals(sheet.getRow(r).getCell(2).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row titled " + title);
    }
}
