package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.Translations;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;

/** The matrix export read back with POI: sheets, header, coloured letters, legend, frozen panes, no formulas. */
@ServiceTest
class PaperMatrixExportTest {

    @Autowired
    PaperService papers;
    @Autowired
    Translations translations;
    @Autowired
    TestData data;

    private static final String HOSTILE = "=HYPERLINK(\"http://example.invalid\";\"klick\")";

    /** Sections: 1 Arbeitsaufträge (matrix), 1.1 Fallsteuerung (matrix), 2 Verhaltenskodex (text only). */
    private PaperDetail paper() {
        var committee = data.committee("Matrixexport", MembershipRole.SECRETARIAT);
        var jobcenter = data.organisation("Jobcenter");
        var city = data.organisation("Stadt");
        return data.as(committee.secretariat(), () -> {
            var p = papers.create(committee.id(), new PaperData("Schnittstellenpapier", null));
            p = papers.addParty(p.id(), p.version(), jobcenter.id(), "Teamleitung");
            p = papers.addParty(p.id(), p.version(), city.id(), null);
            p = papers.addSection(p.id(), p.version(), null, "Arbeitsaufträge", true);
            var first = p.content().sections().getFirst().key();
            p = papers.addSection(p.id(), p.version(), first, "Fallsteuerung", true);
            p = papers.addSection(p.id(), p.version(), null, "Verhaltenskodex", false);
            var row = papers.addRow(p.id(), p.version(), first, null, "Erstberatung");
            p = papers.setRoles(row.paper().id(), row.paper().version(), row.rowKey(), p.parties().get(0).id(),
                    Set.of(DOES, ACCOUNTABLE));
            p = papers.setRoles(p.id(), p.version(), row.rowKey(), p.parties().get(1).id(), Set.of(INFORMED));
            var hostile = papers.addRow(p.id(), p.version(), first, row.rowKey(), HOSTILE);
            return papers.setRoles(hostile.paper().id(), hostile.paper().version(), hostile.rowKey(),
                    p.parties().get(1).id(), Set.of(DOES));
        });
    }

    private XSSFWorkbook export(PaperDetail paper, Locale locale) throws Exception {
        var out = new ByteArrayOutputStream();
        new PaperMatrixWriter(translations).write(paper, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetPerMatrixSectionWithHeaderColouredLettersLegendAndFrozenHeaders() throws Exception {
        var paper = paper();
        try (var workbook = export(paper, Locale.GERMAN)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("1 Arbeitsaufträge");
            assertThat(workbook.getSheetName(1)).isEqualTo("1.1 Fallsteuerung");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Schnittstellenpapier – 1 Arbeitsaufträge");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Fassung 1 – Entwurf");
            assertThat(texts(sheet.getRow(2))).containsExactly("Aufgabe / Prozessschritt",
                    paper.parties().get(0).label(), paper.parties().get(1).label());
            assertThat(texts(sheet.getRow(3))).containsExactly("Erstberatung", "DV", "I");
            var letters = (XSSFRichTextString) sheet.getRow(3).getCell(1).getRichStringCellValue();
            assertThat(letters.getFontAtIndex(0).getXSSFColor().getARGBHex()).endsWith("1A6FB5");
            assertThat(letters.getFontAtIndex(1).getXSSFColor().getARGBHex()).endsWith("B3261E");
            assertThat(letters.getFontAtIndex(1).getBold()).isTrue();
            assertThat(texts(sheet.getRow(4))).containsExactly(HOSTILE, "", "D");
            assertThat((Object) sheet.getRow(5)).as("an empty row ends the table").isNull();
            assertThat(texts(sheet.getRow(6))).containsExactly("Legende:");
            assertThat(texts(sheet.getRow(7))).containsExactly("Durchführung – führt durch", "D");
            assertThat(texts(sheet.getRow(8))).containsExactly("Verantwortung – verantwortet das Ergebnis", "V");
            assertThat(texts(sheet.getRow(9))).containsExactly("Mitwirkung – wird beteiligt", "M");
            assertThat(texts(sheet.getRow(10))).containsExactly("Information – wird informiert", "I");
            assertThat(texts(sheet.getRow(11)).getFirst()).startsWith("Regel: je Zeile genau ein V");
            var pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(Set.of((int) pane.getHorizontalSplitPosition(), (int) pane.getVerticalSplitPosition()))
                    .as("task column and the rows down to the header").containsExactlyInAnyOrder(1, 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(texts(workbook.getSheetAt(1).getRow(2))).first().isEqualTo("Aufgabe / Prozessschritt");
            assertThat((Object) workbook.getSheetAt(1).getRow(3)).as("a matrix without rows").isNull();
        }
    }

    @Test
    void noCellIsAFormulaAndTextThatLooksLikeOneIsQuoted() throws Exception {
        try (var workbook = export(paper(), Locale.GERMAN)) {
            var cells = new ArrayList<Cell>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
            assertThat(cells).isNotEmpty().noneMatch(c -> c.getCellType() == CellType.FORMULA);
            var hostile = workbook.getSheetAt(0).getRow(4).getCell(0);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void theEnglishExportUsesTheEnglishLettersAndLegend() throws Exception {
        try (var workbook = export(paper(), Locale.ENGLISH)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(1))).containsExactly("Version 1 – draft");
            assertThat(texts(sheet.getRow(2)).getFirst()).isEqualTo("Task / process step");
            assertThat(texts(sheet.getRow(3))).containsExactly("Erstberatung", "RA", "I");
            assertThat(texts(sheet.getRow(6))).containsExactly("Legend:");
        }
    }

    private static List<String> texts(Row row) {
        var result = new ArrayList<String>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            result.add(cell == null ? "" : cell.getStringCellValue());
        }
        return result;
    }
}
