package de.lenkwerk.report;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyItem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Excel import: round trip of the report, a mapped plain list with bad rows, bad files, all or nothing. */
@ServiceTest
class ActionImportServiceTest {

    @Autowired
    ActionImportService imports;
    @Autowired
    StatusReportService reports;
    @Autowired
    ActionService actions;

    @Autowired
    TestData fixture;

    /** A body with a secretariat and a reader; two people the lists name as owners, an organisation by short name. */
    private TestData.Committee committee;
    private BodyItem body;
    private PersonItem lehmann;
    private PersonItem schulz;
    private OrganisationItem jobcenter;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Importtest");
        body = committee.body();
        lehmann = fixture.person("Markus Lehmann");
        schulz = fixture.person("Petra Schulz");
        jobcenter = fixture.organisation("Jobcenter");
    }

    @Test
    void theEditedReportComesBackAsTwoChangesAndTheRestUnchanged() throws Exception {
        fixture.signIn(committee.secretariat());
        for (var title : List.of("Erste", "Zweite", "Dritte")) {
            actions.create(body.id(), new ActionData(title, null, lehmann.id(), null, null, java.util.Set.of(), null,
                    fixture.today().plusDays(40), de.lenkwerk.action.ActionStatus.IN_PROGRESS, 10, null, null,
                    null, null), null);
        }
        var report = new ByteArrayOutputStream();
        reports.write(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null, Locale.GERMAN), report);
        byte[] edited;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            var sheet = workbook.getSheet("Maßnahmen");
            // as a spreadsheet program saves an edit: a fresh cell with the original style
            replace(sheet.getRow(1), 2).setCellValue("Erste, umbenannt");
            replace(sheet.getRow(2), 7).setCellValue(0.8);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        var preview = imports.preview(body.id(), "bericht.xlsx", edited);

        assertThat(preview.count(ImportPreview.Kind.ERROR)).as(preview.rows().toString()).isZero();
        assertThat(preview.count(ImportPreview.Kind.CHANGED)).isEqualTo(2);
        assertThat(preview.count(ImportPreview.Kind.UNCHANGED)).isEqualTo(1);
        var renamed = preview.rows().stream().filter(r -> r.rowNumber() == 2).findFirst().orElseThrow();
        assertThat(renamed.changes()).containsExactly(new ImportPreview.Change("action.title", "Erste", "Erste, umbenannt"));
        var progressed = preview.rows().stream().filter(r -> r.rowNumber() == 3).findFirst().orElseThrow();
        assertThat(progressed.changes()).containsExactly(new ImportPreview.Change("action.progress", "10", "80"));
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).extracting(a -> a.title())
                .as("nothing changed before apply").contains("Erste");

        assertThat(imports.apply(preview)).isEqualTo(2);

        var titles = actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged());
        assertThat(titles).extracting(a -> a.title()).contains("Erste, umbenannt").doesNotContain("Erste");
        assertThat(titles).extracting(a -> a.progress()).contains(80);
    }

    @Test
    void aPlainListShowsEveryBadRowWithItsReasonAndCannotBeApplied() throws Exception {
        fixture.signIn(committee.secretariat());
        var file = workbook(List.of("Maßnahme", "Verantwortlich", "Frist", "Fortschritt"),
                List.of("Sprachcafé einrichten", lehmann.fullName(), "31.03.2027", "20"),
                List.of("Unbekannt", "Niemand Bekanntes", "31.03.2027", "0"),
                List.of("Unmögliches Datum", lehmann.fullName(), "31.02.2027", "0"),
                List.of("Zu viel", lehmann.fullName(), "2027-03-31", "150"));

        var preview = imports.preview(body.id(), "liste.xlsx", file);

        assertThat(preview.count(ImportPreview.Kind.NEW)).isEqualTo(1);
        assertThat(preview.rows()).extracting(r -> r.errors().isEmpty() ? "ok" : r.errors().getFirst().key())
                .containsExactly("ok", "import.row.owner-unknown", "import.row.date-invalid", "import.row.progress-invalid");
        assertThat(preview.canApply()).isFalse();
        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.not-applicable"));
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
    }

    @Test
    void aCleanPlainListIsImportedAsNewActions() throws Exception {
        fixture.signIn(committee.secretariat());
        var file = workbook(List.of("Titel", "Verantwortlich", "Organisation", "Frist", "Status"),
                List.of("Sprachcafé einrichten", lehmann.fullName(), jobcenter.shortName(), "2027-03-31", "in Arbeit"),
                List.of("Patenschaften vermitteln", schulz.fullName(), "", "30.06.2027", "geplant"));

        var preview = imports.preview(body.id(), "liste.xlsx", file);
        assertThat(preview.count(ImportPreview.Kind.NEW)).isEqualTo(2);
        imports.apply(preview);

        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).extracting(a -> a.ownerName())
                .containsExactlyInAnyOrder(lehmann.fullName(), schulz.fullName());
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).extracting(a -> a.title())
                .containsExactlyInAnyOrder("Sprachcafé einrichten", "Patenschaften vermitteln");
    }

    @Test
    void badFilesGetAClearMessageAndChangeNothing() throws Exception {
        fixture.signIn(committee.secretariat());
        assertRefused("Das ist kein Excel".getBytes(), "import.error.not-excel");
        assertRefused(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "import.error.encrypted-or-xls");
        assertRefused(workbook(List.of("Titel", "Frist")), "import.error.empty");
        var big = new byte[6 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        assertRefused(big, "import.error.too-large");
        var rows = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < 5001; i++) {
            rows.add(List.of("Zeile " + i, lehmann.fullName(), "2027-01-01"));
        }
        assertRefused(workbook(List.of("Titel", "Verantwortlich", "Frist"), rows.toArray(List[]::new)), "import.error.too-many-rows");
        assertRefused(withBrokenZip(), "import.error.not-excel");
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
    }

    @Test
    void applyingIsAllOrNothing() throws Exception {
        fixture.signIn(committee.secretariat());
        var first = actions.create(body.id(), new ActionData("A", null, lehmann.id(), null, null, java.util.Set.of(), null,
                fixture.today().plusDays(10), de.lenkwerk.action.ActionStatus.IN_PROGRESS, 0, null, null, null, null), null);
        var second = actions.create(body.id(), new ActionData("B", null, lehmann.id(), null, null, java.util.Set.of(), null,
                fixture.today().plusDays(10), de.lenkwerk.action.ActionStatus.IN_PROGRESS, 0, null, null, null, null), null);
        var file = workbook(List.of("Nr.", "Titel"), List.of(first.number(), "A neu"), List.of(second.number(), "B neu"));
        var preview = imports.preview(body.id(), "liste.xlsx", file);
        assertThat(preview.count(ImportPreview.Kind.CHANGED)).isEqualTo(2);

        // someone edits B between preview and apply
        var current = actions.get(second.id());
        actions.update(second.id(), current.version(), withTitle(current.toData(), "B anders"));

        assertThatThrownBy(() -> imports.apply(preview)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(actions.get(first.id()).title()).as("A is not half-applied").isEqualTo("A");
    }

    @Test
    void onlyTheSecretariatMayImport() throws Exception {
        fixture.signIn(committee.reader());
        var file = workbook(List.of("Titel", "Verantwortlich", "Frist"), List.of("X", lehmann.fullName(), "2027-01-01"));

        assertThatThrownBy(() -> imports.preview(body.id(), "x.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
    }

    @Test
    void theSecretariatOfOneBodyCannotImportIntoAnother() throws Exception {
        var other = fixture.committee("Nachbar", MembershipRole.SECRETARIAT);
        fixture.signIn(committee.secretariat());
        var file = workbook(List.of("Titel", "Verantwortlich", "Frist"), List.of("X", lehmann.fullName(), "2027-01-01"));

        assertThatThrownBy(() -> imports.preview(other.id(), "x.xlsx", file)).isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.as(other.secretariat(), () -> actions.count(ActionFilter.ofBody(other.id())))).isZero();
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> imports.preview(body.id(), "datei.xlsx", file)).as(key)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @SafeVarargs
    private static byte[] workbook(List<String> headers, List<String>... rows) throws Exception {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Liste");
            var head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.Cell replace(org.apache.poi.ss.usermodel.Row row, int column) {
        var style = row.getCell(column).getCellStyle();
        row.removeCell(row.getCell(column));
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static byte[] withBrokenZip() {
        var bytes = new byte[200];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    private static ActionData withTitle(ActionData d, String title) {
        return new ActionData(title, d.description(), d.ownerPersonId(), d.ownerOrganisationId(), d.deputyPersonId(),
                d.contributorIds(), d.startDate(), d.deadline(), d.status(), d.progress(), d.sourceMeetingId(),
                d.sourceAgendaItemId(), d.sourceReference(), d.parentId());
    }
}
