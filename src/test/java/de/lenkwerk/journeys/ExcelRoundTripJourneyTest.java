package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Excel round trip in Chromium: download the status report of a body, change two cells, upload it, read the
 * preview and apply it.
 */
class ExcelRoundTripJourneyTest extends BrowserJourney {

    @Test
    void theSecretariatExportsEditsAndImportsTheReport() throws Exception {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");

        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("AG Sprachförderung und Qualifizierung Dresden")).first().click();
        assertThat(page.locator("h1")).hasText("AG Sprachförderung und Qualifizierung Dresden");
        page.locator("#report-download").click();
        BrowserSession.screenshot(page, "20-bericht-dialog");
        var download = page.waitForDownload(() -> page.locator("#report-link").click());
        assertThat(download.suggestedFilename()).matches("Statusbericht_AG-Sprache-DD_\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        var file = Files.createTempFile("bericht", ".xlsx");
        download.saveAs(file);

        try (var in = new FileInputStream(file.toFile()); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheet("Maßnahmen");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var title = sheet.getRow(1).getCell(2);
            var style = title.getCellStyle();
            sheet.getRow(1).removeCell(title);
            var renamed = sheet.getRow(1).createCell(2);
            renamed.setCellValue("Sprachkursplätze für Zugewanderte deutlich ausbauen");
            renamed.setCellStyle(style);
            var progress = sheet.getRow(1).getCell(7);
            var progressStyle = progress.getCellStyle();
            sheet.getRow(1).removeCell(progress);
            var changed = sheet.getRow(1).createCell(7);
            changed.setCellValue(0.65);
            changed.setCellStyle(progressStyle);
            try (var out = new FileOutputStream(file.toFile())) {
                workbook.write(out);
            }
        }

        page.getByText("Excel importieren").click();
        assertThat(page.locator("h1")).containsText("Maßnahmen aus Excel importieren");
        page.setInputFiles("vaadin-upload input[type=file]", file);
        assertThat(page.getByText("Neu: 0 · Geändert: 1 · Unverändert: 0 · Fehler: 0")).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("Fortschritt (%): 50 → 65");
        BrowserSession.screenshot(page, "21-import-vorschau");
        page.locator("#import-apply").click();

        assertThat(page.locator("h1")).hasText("AG Sprachförderung und Qualifizierung Dresden");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Maßnahmen")).click();
        assertThat(page.locator("vaadin-grid").last()).containsText("Sprachkursplätze für Zugewanderte deutlich ausbauen");
        BrowserSession.screenshot(page, "22-nach-import");
        Files.deleteIfExists(file);
        page.context().close();
    }

}
