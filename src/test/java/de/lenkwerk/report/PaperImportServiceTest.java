package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;
import de.lenkwerk.report.ImportPreview.Kind;
import de.lenkwerk.report.ImportPreview.Message;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.CONSULTED;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix of a paper goes out to Excel, is edited there and comes back through a preview. */
@ServiceTest
class PaperImportServiceTest {

    @Autowired
    PaperImportService imports;
    @Autowired
    PaperService papers;
    @Autowired
    Translations translations;
    @Autowired
    TestData data;

    private TestData.Committee committee;

    /** Two parties (Jobcenter – Teamleitung, Stadt) and one section "Arbeitsaufträge" with the row Erstberatung. */
    private PaperDetail paper() {
        committee = data.committee("Matriximport", MembershipRole.CHAIR, MembershipRole.SECRETARIAT,
                MembershipRole.MEMBER);
        var jobcenter = data.organisation("Jobcenter");
        var city = data.organisation("Stadt");
        return data.as(committee.secretariat(), () -> {
            var p = papers.create(committee.id(), new PaperData("Schnittstellenpapier", null));
            p = papers.addParty(p.id(), p.version(), jobcenter.id(), "Teamleitung");
            p = papers.addParty(p.id(), p.version(), city.id(), null);
            p = papers.addSection(p.id(), p.version(), null, "Arbeitsaufträge", true);
            var added = papers.addRow(p.id(), p.version(), p.content().sections().getFirst().key(), null,
                    "Erstberatung");
            p = added.paper();
            p = papers.setRoles(p.id(), p.version(), added.rowKey(), p.parties().get(0).id(), Set.of(ACCOUNTABLE, DOES));
            return papers.setRoles(p.id(), p.version(), added.rowKey(), p.parties().get(1).id(), Set.of(INFORMED));
        });
    }

    /** The export of the paper, edited with POI as a user would edit it in Excel. */
    private byte[] exported(PaperDetail paper, Consumer<XSSFWorkbook> edit) throws Exception {
        var out = new ByteArrayOutputStream();
        new PaperMatrixWriter(translations).write(paper, Locale.GERMAN, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
             var edited = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(edited);
            return edited.toByteArray();
        }
    }

    /** Inserts a task row right under the existing rows (header in row 3, Erstberatung in row 4). */
    private static void row(XSSFWorkbook workbook, int index, String task, String... letters) {
        var sheet = workbook.getSheetAt(0);
        // the legend below moves down, so the empty row that ends the table stays
        sheet.shiftRows(index, sheet.getLastRowNum(), 1);
        var row = sheet.createRow(index);
        row.createCell(0).setCellValue(task);
        for (int c = 0; c < letters.length; c++) {
            row.createCell(c + 1).setCellValue(letters[c]);
        }
    }

    @Test
    void anEditedExportComesBackAsNewAndChangedRowsAndNothingChangesBeforeItIsApplied() throws Exception {
        var paper = paper();
        var file = exported(paper, workbook -> {
            workbook.getSheetAt(0).getRow(3).getCell(2).setCellValue("m, i");
            row(workbook, 4, "Termine vergeben", "D", "V");
        });
        fixtureSignIn();

        var preview = imports.preview(paper.id(), "matrix.xlsx", file);

        assertThat(preview.rows()).extracting(PaperImportService.MatrixRow::kind).containsExactly(Kind.CHANGED, Kind.NEW);
        var changed = preview.rows().getFirst();
        assertThat(changed.section()).isEqualTo("1 Arbeitsaufträge");
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.party()).isEqualTo(paper.parties().get(1).label());
            assertThat(c.before()).containsExactly(INFORMED);
            assertThat(c.after()).containsExactlyInAnyOrder(CONSULTED, INFORMED);
        });
        var shown = preview.asPreview(roles -> roles.stream().map(r -> String.valueOf(r.code())).reduce("", String::concat));
        assertThat(shown.rows().getLast().changes()).extracting(ImportPreview.Change::newValue).containsExactly("D", "V");
        assertThat(preview.canApply()).isTrue();
        assertThat(papers.get(paper.id(), null).content().sections().getFirst().rows()).as("nothing before applying")
                .hasSize(1).first().satisfies(r -> assertThat(r.roles(paper.parties().get(1).id())).containsExactly(INFORMED));

        var after = imports.apply(preview);

        var rows = after.content().sections().getFirst().rows();
        assertThat(rows).extracting(r -> r.task()).containsExactly("Erstberatung", "Termine vergeben");
        assertThat(rows.getFirst().roles(paper.parties().get(1).id())).containsExactlyInAnyOrder(CONSULTED, INFORMED);
        assertThat(rows.getLast().roles(paper.parties().get(0).id())).containsExactly(DOES);
        assertThat(rows.getLast().roles(paper.parties().get(1).id())).containsExactly(ACCOUNTABLE);
        assertThat(rows.getLast().breaks()).isEmpty();
        assertThat(papers.history(paper.id(), Pageable.ofSize(50))).extracting(e -> e.field())
                .contains("paper.import", "paper.row", "paper.cell");
        // the same file again is unchanged throughout
        var again = imports.preview(paper.id(), "matrix.xlsx", exported(after, w -> { }));
        assertThat(again.rows()).extracting(PaperImportService.MatrixRow::kind).containsOnly(Kind.UNCHANGED);
        assertThat(again.canApply()).isFalse();
    }

    @Test
    void everyRefusedRowNamesItsReasonAndBlocksTheWholeImport() throws Exception {
        var paper = paper();
        var file = exported(paper, workbook -> {
            row(workbook, 4, "Termine vergeben", "D", "X");
            row(workbook, 5, "", "V");
            row(workbook, 6, "Erstberatung", "D", "V");
            row(workbook, 7, "Summe");
            workbook.getSheetAt(0).getRow(7).createCell(1).setCellFormula("\"D\"&\"V\"");
            row(workbook, 8, "x".repeat(301), "D");
            row(workbook, 9, "Neben der Tabelle", "D", "V", "I");
            row(workbook, 10, "", "D", "V");
            workbook.getSheetAt(0).getRow(10).getCell(0).setCellFormula("\"Auf\"&\"gabe\"");
        });
        fixtureSignIn();

        var preview = imports.preview(paper.id(), "matrix.xlsx", file);

        assertThat(preview.rows()).extracting(r -> r.rowNumber() + ":" + r.kind()).containsExactly("4:UNCHANGED",
                "5:ERROR", "6:ERROR", "7:ERROR", "8:ERROR", "9:ERROR", "10:ERROR", "11:ERROR");
        assertThat(keys(preview, 5)).containsExactly("paper.import.row.letters");
        assertThat(preview.rows().get(1).errors().getFirst().args()).containsExactly("X", paper.parties().get(1).label());
        assertThat(keys(preview, 6)).containsExactly("paper.import.row.task-missing");
        assertThat(keys(preview, 7)).containsExactly("paper.import.row.task-twice");
        assertThat(keys(preview, 8)).containsExactly("paper.import.row.formula-in");
        assertThat(keys(preview, 9)).containsExactly("paper.import.row.task-too-long");
        assertThat(keys(preview, 10)).containsExactly("paper.import.row.no-column");
        assertThat(keys(preview, 11)).as("a formula, even one that yields text, is not taken for a task")
                .contains("paper.import.row.formula-in-task");
        for (var row : preview.rows().subList(1, preview.rows().size())) {
            for (var error : row.errors()) {
                assertThat(translations.text(Locale.GERMAN, error.key(), error.args().toArray()))
                        .as("a German reason").doesNotStartWith("!").doesNotContain("{0}");
            }
        }
        assertThat(preview.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(UserFacingException.class);
        assertThat(papers.get(paper.id(), null).content().sections().getFirst().rows()).hasSize(1);
    }

    @Test
    void aSheetOfAnotherPaperOrWithAStrangerColumnIsRefusedAsAWhole() throws Exception {
        var paper = paper();
        var file = exported(paper, workbook -> {
            workbook.getSheetAt(0).getRow(2).createCell(3).setCellValue("Agentur für Arbeit");
            var other = workbook.createSheet("Sonstiges");
            other.createRow(0).createCell(0).setCellValue("Aufgabe / Prozessschritt");
            other.createRow(1).createCell(0).setCellValue("Irgendwas");
            workbook.createSheet("Leer");
        });
        fixtureSignIn();

        var preview = imports.preview(paper.id(), "matrix.xlsx", file);

        assertThat(preview.rows()).extracting(r -> r.sheet() + ":" + r.errors().getFirst().key()).containsExactly(
                "1 Arbeitsaufträge:paper.import.row.unknown-party", "Sonstiges:paper.import.row.no-section");
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void textThatLooksLikeAFormulaOrMarkupStaysLiteralOnTheWayInAndOut() throws Exception {
        var paper = paper();
        var hostile = "=HYPERLINK(\"http://example.invalid\";\"klick\")";
        var markup = "<img src=x onerror=alert(1)> **fett**";
        var file = exported(paper, workbook -> {
            row(workbook, 4, hostile, "D", "V");
            row(workbook, 5, markup, "V", "D");
        });
        fixtureSignIn();

        var after = imports.apply(imports.preview(paper.id(), "matrix.xlsx", file));

        assertThat(after.content().sections().getFirst().rows()).extracting(r -> r.task())
                .containsExactly("Erstberatung", hostile, markup);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported(after, w -> { })))) {
            var cell = workbook.getSheetAt(0).getRow(4).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hostile);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as("Excel keeps it text when edited").isTrue();
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void sizeRowsAndFormatAreCheckedOnTheServer() throws Exception {
        var paper = paper();
        fixtureSignIn();
        var big = new byte[6 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        assertRefused(() -> imports.preview(paper.id(), "gross.xlsx", big), "import.error.too-large");
        assertRefused(() -> imports.preview(paper.id(), "text.xlsx", "Aufgabe;D".getBytes()), "import.error.not-excel");
        var many = exported(paper, workbook -> {
            var sheet = workbook.createSheet("Viele");
            sheet.createRow(0).createCell(0).setCellValue("Aufgabe");
            for (int r = 1; r < 5010; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Aufgabe " + r);
            }
        });
        assertRefused(() -> imports.preview(paper.id(), "viele.xlsx", many), "import.error.too-many-rows");
    }

    @Test
    void onlyTheSecretariatImportsAndAPaperChangedSinceThePreviewIsRefusedWhole() throws Exception {
        var paper = paper();
        var file = exported(paper, workbook -> row(workbook, 4, "Termine vergeben", "D", "V"));
        assertThatThrownBy(() -> data.run(committee.member(), () -> imports.preview(paper.id(), "m.xlsx", file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.run(committee.chair(), () -> imports.preview(paper.id(), "m.xlsx", file)))
                .as("the chair adopts, the secretariat edits").isInstanceOf(AccessDeniedException.class);
        fixtureSignIn();
        var preview = imports.preview(paper.id(), "m.xlsx", file);
        papers.addSection(paper.id(), papers.get(paper.id(), null).version(), null, "Verhaltenskodex", false);

        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(papers.get(paper.id(), null).content().sections().getFirst().rows()).hasSize(1);
    }

    @Test
    void anImportAfterAdoptionStartsTheNextDraftAndLeavesTheAdoptedVersionAsItWas() throws Exception {
        var paper = paper();
        var adopted = data.as(committee.chair(), () -> papers.adopt(paper.id(), paper.version(), data.today(), null));
        var file = exported(adopted, workbook -> row(workbook, 4, "Termine vergeben", "D", "V"));
        fixtureSignIn();

        var after = imports.apply(imports.preview(paper.id(), "m.xlsx", file));

        assertThat(after.shown().number()).isEqualTo(2);
        assertThat(after.isDraft()).isTrue();
        assertThat(after.content().sections().getFirst().rows()).hasSize(2);
        assertThat(papers.content(paper.id(), 1).sections().getFirst().rows()).hasSize(1);
        assertThat(papers.compare(paper.id(), 1, 2).rowChanges()).singleElement()
                .satisfies(c -> assertThat(c.task()).isEqualTo("Termine vergeben"));
    }

    private void fixtureSignIn() {
        data.signIn(committee.secretariat());
    }

    private static java.util.List<String> keys(PaperImportService.MatrixPreview preview, int rowNumber) {
        return preview.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow().errors()
                .stream().map(Message::key).toList();
    }

    private static void assertRefused(Runnable work, String key) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
