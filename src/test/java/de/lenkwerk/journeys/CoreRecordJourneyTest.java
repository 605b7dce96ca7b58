package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The core record end to end in Chromium: the secretariat sets up a body with a member, plans a meeting, records an
 * action with owner, deadline and indicator, and finds it in the filtered list; the owner reports progress and a
 * measurement, and the traffic light and its reason change; the history shows it all.
 */
class CoreRecordJourneyTest extends BrowserJourney {

    @Test
    void aSecretariatRecordsAnAgreementAndItsOwnerReportsOnIt() {
        var suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        var title = "Mentoring für Zugewanderte " + suffix;
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");

        // A body with a member
        page.navigate(url("/gremien"));
        BrowserSession.screenshot(page, "10-gremien");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neues Gremium")).click();
        page.locator("#body-name input").fill("AG Mentoring " + suffix);
        page.locator("#body-short-name input").fill("AG M " + suffix);
        page.locator("#body-action-prefix input").fill("AGM-" + suffix);
        page.locator("#body-save").click();
        assertThat(page.locator("h1")).hasText("AG Mentoring " + suffix);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Mitglieder")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mitglied hinzufügen")).click();
        pick(page, "#member-person", "Markus", "Markus Lehmann");
        page.locator("#member-save").click();
        assertThat(page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Markus Lehmann"))).isVisible();
        BrowserSession.screenshot(page, "11-gremium-mitglieder");

        // A meeting
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sitzungen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung planen")).click();
        page.locator("#meeting-title input").fill("Auftaktsitzung");
        page.locator("#meeting-save").click();
        assertThat(page.locator("h1")).hasText("Auftaktsitzung");
        BrowserSession.screenshot(page, "12-sitzung");

        // An action agreed in the meeting, with owner, deadline and indicator
        page.locator("#meeting-new-action").click();
        page.locator("#action-title input").fill(title);
        pick(page, "#action-owner", "Markus", "Markus Lehmann");
        var deadline = LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        page.locator("#action-deadline input").fill(deadline);
        page.locator("#action-deadline input").press("Enter");
        page.getByText("Erster Indikator (optional)").click();
        page.locator("#indicator-name input").fill("Tandems");
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Einheit")).locator("input").fill("Paare");
        page.locator("#indicator-target input").fill("40");
        BrowserSession.screenshot(page, "13-neue-massnahme");
        page.locator("#action-create").click();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("#action-rag")).containsText("Gelb");
        assertThat(page.locator("#action-rag-reason")).containsText("Frist in 10 Tagen, Fortschritt erst 0 %");
        BrowserSession.screenshot(page, "14-massnahme");

        // Found again through the filtered list, whose filter is in the address
        page.navigate(url("/massnahmen?suche=" + suffix + "&ampel=AMBER"));
        assertThat(page.locator("vaadin-grid")).containsText(title);
        assertThat(page.getByText("1 Maßnahme", new Page.GetByTextOptions().setExact(true))).isVisible();
        BrowserSession.screenshot(page, "15-massnahmen-gefiltert");
        signOut(page);

        // The owner reports
        signIn(page, "verantwortlich");
        page.navigate(url("/meine-massnahmen"));
        assertThat(page.locator("vaadin-grid")).containsText(title);
        BrowserSession.screenshot(page, "16-meine-massnahmen");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("h1")).containsText(title);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusmeldungen")).click();
        page.locator("#report-text textarea").fill("Zwölf Tandems gebildet, Auftakt am Freitag.");
        page.locator("#report-progress input").fill("85");
        page.locator("#report-save").click();
        assertThat(page.locator("#action-rag")).containsText("Grün");
        assertThat(page.locator("#action-rag-reason")).hasText("Im Plan");
        assertThat(page.locator(".lw-timeline")).containsText("Zwölf Tandems gebildet");
        BrowserSession.screenshot(page, "17-statusmeldung");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        page.locator("#measurement-value input").fill("12");
        page.locator("#measurement-save").click();
        assertThat(page.locator("vaadin-grid").first()).containsText("12 Paare");
        BrowserSession.screenshot(page, "18-messwert");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Historie")).click();
        var history = page.locator("vaadin-grid").last();
        assertThat(history).containsText("Fortschritt (%)");
        assertThat(history).containsText("Markus Lehmann");
        assertThat(history).containsText("Sabine Hoffmann");
        assertThat(history).containsText("Messwert: Wert");
        BrowserSession.screenshot(page, "19-historie");
        page.context().close();
    }

    @Test
    void aGuessedAddressShowsNotFound() {
        var page = browser.newPage();
        signIn(page, "leser");
        page.navigate(url("/massnahmen/999999"));
        assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
        page.context().close();
    }

    private void pick(Page page, String comboId, String typed, String option) {
        page.locator(comboId + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }


}
