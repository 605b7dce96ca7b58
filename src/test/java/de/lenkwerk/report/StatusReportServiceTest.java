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
