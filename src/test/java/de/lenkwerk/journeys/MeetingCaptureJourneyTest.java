package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** During a meeting the secretariat records three agreements with the keyboard only. */
class MeetingCaptureJourneyTest extends BrowserJourney {

    @Test
    void threeAgreementsAreRecordedWithTheKeyboardOnly() {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden")).first().click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sitzungen")).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("2. Sitzung des Lenkungsausschusses")).first().click();
        assertThat(page.locator("h1")).hasText("2. Sitzung des Lenkungsausschusses");

        var suffix = UUID.randomUUID().toString().substring(0, 4);
        var deadline = LocalDate.now(clock).plusMonths(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String[][] agreements = {
                {"Sprechstunde Anerkennung " + suffix, "Markus"},
                {"Arbeitgeberfrühstück " + suffix, "Petra"},
                {"Gemeinsame Fallkonferenz " + suffix, "Jens"}};
        for (var agreement : agreements) {
            page.locator("#capture-title input").click();
            page.keyboard().type(agreement[0]);
            page.keyboard().press("Tab");
            page.keyboard().type(agreement[1]);
            page.locator("vaadin-combo-box-item").first().waitFor();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            page.keyboard().type(deadline);
            page.keyboard().press("Enter");
            assertThat(page.locator(".lw-capture .lw-recent")).containsText(agreement[0]);
            assertThat(page.locator("#capture-title input")).hasValue("");
        }
        BrowserSession.screenshot(page, "23-sitzung-erfassung");
        var agreed = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Sprechstunde Anerkennung " + suffix));
        assertThat(agreed).containsText("Arbeitgeberfrühstück " + suffix);
        assertThat(agreed).containsText("Gemeinsame Fallkonferenz " + suffix);
        page.context().close();
    }
}
