package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface paper in Chromium: the secretariat builds a small matrix with the keyboard alone, adopts it, changes
 * a cell (which starts draft 2), compares the versions, turns a row into an action and exports the matrix, which
 * is read back with POI. Then Leipzig's demo paper, its comparison and the view across papers, for the README.
 */
class PaperJourneyTest extends BrowserJourney {

    @Test
    void theSecretariatBuildsAdoptsChangesComparesActsAndExportsAPaper() throws Exception {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden")).first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Schnittstellenpapiere")).click();
        page.locator("#paper-new").click();
        page.locator("#paper-title input").fill("Schnittstelle Anlaufstelle");
        page.locator("#paper-create").click();
        page.waitForURL(Pattern.compile(".*/papiere/\\d+$"));
        var paperUrl = page.url();
        assertThat(page.locator("#paper-version")).hasText("Fassung 1 – Entwurf");

        // the title and purpose are corrected later; an empty title is refused in German and changes nothing
        page.locator("#paper-edit").click();
        page.locator("#paper-edit-title input").fill(" ");
        page.locator("#paper-edit-title-save").click();
        assertThat(page.locator("#paper-edit-title")).hasAttribute("invalid", "");
        assertThat(page.locator("#paper-edit-title")).containsText("Bitte ausfüllen.");
        page.locator("#paper-edit-title input").fill("Schnittstelle Anlaufstelle Dresden");
        page.locator("#paper-edit-purpose textarea").fill("Wer an der Anlaufstelle was übernimmt");
        page.locator("#paper-edit-title-save").click();
        assertThat(page.locator("h1")).hasText("Schnittstelle Anlaufstelle Dresden");
        assertThat(page.locator("main")).containsText("Wer an der Anlaufstelle was übernimmt");

        party(page, "Jobcenter Dresden", "Teamleitung");
        party(page, "Landeshauptstadt Dresden", "");
        assertThat(page.locator("#paper-parties")).containsText("Jobcenter Dresden – Teamleitung");

        // from here on the keyboard alone
        page.locator("#paper-new-section input").focus();
        page.keyboard().type("Aufträge");
        page.keyboard().press("Enter");
        var firstRow = page.locator("vaadin-button[id^='paper-first-row-']");
        assertThat(firstRow).isVisible();
        firstRow.focus();
        page.keyboard().press("Enter");
        var task0 = page.locator("textarea[data-r='0'][data-c='-1']");
        assertThat(task0).isFocused();
        page.keyboard().type("Erstberatung");
        page.keyboard().press("Enter");
        var cell00 = page.locator("td[data-r='0'][data-c='0']");
        assertThat(cell00).isFocused();
        page.keyboard().press("v");
        assertThat(cell00).hasText("V");
        page.keyboard().press("d");
        assertThat(cell00).hasText("DV");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("i");
        assertThat(page.locator("td[data-r='0'][data-c='1']")).hasText("I");
        page.keyboard().press("Enter");
        assertThat(page.locator("textarea[data-r='1'][data-c='-1']")).isFocused();
        page.keyboard().type("Termine vergeben");
        page.keyboard().press("Enter");
        assertThat(page.locator("td[data-r='1'][data-c='0']")).isFocused();
        page.keyboard().press("d");
        assertThat(page.locator("td[data-r='1'][data-c='0']")).hasText("D");
        assertThat(page.locator("#paper-broken")).containsText("1 Zeile(n) verletzen die Regel");
        assertThat(page.locator("tr[data-row-key]").nth(1)).containsText("Niemand verantwortet das Ergebnis");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("v");
        assertThat(page.locator("td[data-r='1'][data-c='1']")).hasText("V");
        assertThat(page.locator("#paper-broken")).isHidden();
        BrowserSession.screenshot(page, "30-papier-matrix-tastatur");

        page.locator("#paper-adopt").click();
        page.locator("#paper-adopt-confirm").click();
        assertThat(page.locator("#paper-version")).containsText("Fassung 1 – beschlossen am");

        // a change after adoption starts draft 2; version 1 stays as it was
        page.locator("td[data-r='1'][data-c='0']").focus();
        page.keyboard().press("m");
        assertThat(page.locator("td[data-r='1'][data-c='0']")).hasText("DM");
        assertThat(page.locator("#paper-version")).hasText("Fassung 2 – Entwurf");

        page.navigate(paperUrl);
        page.locator("#paper-compare").click();
        assertThat(page.locator("h1")).hasText("Vergleich: Fassung 1 → Fassung 2");
        assertThat(page.locator("#paper-compare-roles")).containsText("Termine vergeben");
        assertThat(page.locator("#paper-compare-roles")).containsText("Jobcenter Dresden – Teamleitung übernimmt Mitwirkung");

        // a row becomes an action, linked both ways
        page.navigate(paperUrl + "?fassung=1");
        page.locator("tr[data-row-key] .lw-row-to-action").first().click();
        page.locator("#paper-action-owner input").fill("Markus Lehmann");
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("Markus Lehmann")).first().click();
        page.locator("#paper-action-create").click();
        page.waitForURL(Pattern.compile(".*/massnahmen/\\d+$"));
        assertThat(page.locator("#action-source-link")).hasText(
                "Schnittstelle Anlaufstelle Dresden, Fassung 1, Abschnitt 1 Aufträge: Erstberatung");
        var number = page.locator("h1").textContent().split(" · ")[0];
        page.locator("#action-source-link").click();
        assertThat(page.locator("#paper-actions")).containsText(number);

        var download = page.waitForDownload(() -> page.locator("#paper-export").click());
        var file = Files.createTempFile("matrix", ".xlsx");
        download.saveAs(file);
        try (var in = new FileInputStream(file.toFile()); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("1 Aufträge");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Jobcenter Dresden – Teamleitung");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Erstberatung");
            var letters = (XSSFRichTextString) sheet.getRow(3).getCell(1).getRichStringCellValue();
            assertThat(letters.getString()).isEqualTo("DV");
            assertThat(letters.getFontAtIndex(0).getXSSFColor().getARGBHex()).endsWith("1A6FB5");
            assertThat(letters.getFontAtIndex(1).getXSSFColor().getARGBHex()).endsWith("B3261E");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var pane = sheet.getPaneInformation();
            assertThat(java.util.Set.of((int) pane.getHorizontalSplitPosition(), (int) pane.getVerticalSplitPosition()))
                    .as("task column and the rows down to the header frozen").containsExactlyInAnyOrder(1, 3);
            var legend = new StringBuilder();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null) {
                    legend.append(sheet.getRow(r).getCell(0).getStringCellValue()).append('\n');
                }
            }
            assertThat(legend.toString()).contains("Verantwortung – verantwortet das Ergebnis",
                    "Durchführung – führt durch");
            // edited as in Excel: the cell changed in draft 2 kept, one new task, and back in through the preview
            sheet.getRow(4).getCell(1).setCellValue("D, M");
            sheet.shiftRows(5, sheet.getLastRowNum(), 1);
            var added = sheet.createRow(5);
            added.createCell(0).setCellValue("Akten übergeben");
            added.createCell(1).setCellValue("D");
            added.createCell(2).setCellValue("V");
            try (var out = new java.io.FileOutputStream(file.toFile())) {
                workbook.write(out);
            }
        }
        page.navigate(paperUrl);
        page.locator("#paper-import").click();
        assertThat(page.locator("h1")).containsText("Matrix aus Excel importieren");
        page.setInputFiles("vaadin-upload input[type=file]", file);
        assertThat(page.getByText("Neu: 1 · Geändert: 0 · Unverändert: 2 · Fehler: 0")).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("Akten übergeben");
        assertThat(page.locator("vaadin-grid")).containsText("Jobcenter Dresden – Teamleitung: – → D");
        BrowserSession.screenshot(page, "paper-import-preview");
        page.locator("#import-apply").click();
        page.waitForURL(Pattern.compile(".*/papiere/\\d+$"));
        assertThat(page.locator("tr[data-row-key]")).hasCount(3);
        assertThat(page.locator("tr[data-row-key]").nth(2)).containsText("✓");
        assertThat(page.locator("textarea[data-r='2'][data-c='-1']")).hasValue("Akten übergeben");
        Files.deleteIfExists(file);
        page.context().close();
    }

    @Test
    void leipzigsPaperShowsItsVersionsAcknowledgementsAndTheViewAcrossPapers() {
        var page = browser.newPage();
        page.setViewportSize(1400, 1000);
        signIn(page, "admin");
        page.navigate(url("/schnittstellenpapiere"));
        page.getByText("Schnittstellenpapier Zuwanderung Jobcenter Leipzig").click();
        assertThat(page.locator("#paper-version")).hasText("Fassung 3 – Entwurf");
        assertThat(page.locator("#paper-broken")).containsText("1 Zeile(n)");
        page.locator("h3").filter(new Locator.FilterOptions().setHasText("Arbeitsaufträge")).scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "paper-matrix");
        page.navigate(page.url().replaceAll("\\?.*$", "") + "?fassung=2");
        assertThat(page.locator("#paper-acknowledgements")).containsText("Sandra Köhler");
        assertThat(page.locator("#paper-acknowledgements")).containsText("noch offen: Ute Schmidt");
        page.locator("#paper-compare").click();
        page.locator("#paper-compare-from").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Fassung 1")).click();
        page.locator("#paper-compare-to").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Fassung 2")).click();
        assertThat(page.locator("h1")).hasText("Vergleich: Fassung 1 → Fassung 2");
        assertThat(page.locator("#paper-compare-rows")).containsText("neu: Fallbesprechung bei Sprachbarrieren");
        assertThat(page.locator("#paper-compare-sections")).containsText("Verhaltenskodex: Text geändert");
        BrowserSession.screenshot(page, "paper-comparison");

        page.navigate(url("/papiere/partei"));
        page.locator("#duties-organisation").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Jobcenter Leipzig")).click();
        assertThat(page.locator("#duties-accountable")).containsText("Erstberatung mit Sprachmittlung");
        BrowserSession.screenshot(page, "paper-across");
        page.context().close();
    }

    private void party(Page page, String organisation, String level) {
        page.locator("#paper-party-organisation input").fill(organisation);
        page.locator("vaadin-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(organisation)).first().click();
        page.locator("#paper-party-level input").fill(level);
        page.locator("#paper-party-add").click();
        assertThat(page.locator("#paper-parties")).containsText(level.isEmpty() ? organisation : organisation + " – " + level);
    }
}
