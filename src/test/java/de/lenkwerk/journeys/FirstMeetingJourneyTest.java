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
 * What a new secretariat meets in its first meeting: an agreement with indicator captured by Tab and Enter alone,
 * with a deadline typed as "+14"; the owner, who is no member of the body, opens the action from "Meine Maßnahmen"
 * and sees the meeting by its title; they report a value after clicking the indicator that is already shown.
 */
class FirstMeetingJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void anAgreementWithIndicatorIsCapturedByKeyboardAndItsOwnerFromOutsideTheBodyReportsOnIt() {
        var suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        var meetingTitle = "Erstsitzung " + suffix;
        var title = "Beratungsstelle Anerkennung " + suffix;
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        newBodyWithMeeting(page, suffix, meetingTitle);

        // (a) meeting mode, capture: Tab from the typed deadline goes on to the indicator, Enter saves
        page.locator("#meeting-mode").click();
        page.waitForURL("**/sitzungsmodus/**");
        page.keyboard().press("Alt+2");
        assertThat(page.locator("#capture-title input")).isFocused();
        page.keyboard().type(title);
        page.keyboard().press("Tab");
        page.keyboard().type("Markus");
        page.locator("vaadin-combo-box-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.locator("#capture-deadline input")).isFocused();
        page.keyboard().type("+14");
        page.keyboard().press("Tab");
        assertThat(page.locator("#capture-indicator input")).isFocused();
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        var deadline = LocalDate.now(clock).plusDays(14).format(GERMAN_DATE);
        assertThat(page.locator("#capture-deadline input")).hasValue(deadline);
        page.keyboard().type("Beratene Personen");
        page.keyboard().press("Tab");
        assertThat(page.locator("#capture-target input")).isFocused();
        page.keyboard().type("25");
        BrowserSession.screenshot(page, "40-erfassung-mit-indikator");
        page.keyboard().press("Enter");
        assertThat(page.locator(".lw-capture .lw-recent")).containsText(title);
        assertThat(page.locator("#capture-title input")).isFocused();

        // the review leaves this meeting's agreements out, and says so
        page.reload();
        assertThat(page.locator(".lw-review")).containsText("außer der einen in dieser Sitzung vereinbarten");
        BrowserSession.screenshot(page, "41-sitzungsmodus-stand-leer");
        page.navigate(url("/"));
        signOut(page);

        // (c) the owner belongs to no part of this body, yet opens their action and sees the meeting's title
        signIn(page, "verantwortlich");
        page.navigate(url("/meine-massnahmen"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("#action-source-text input")).hasValue(meetingTitle);
        assertThat(page.locator("body")).containsText(deadline);
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("body")).not().containsText("error.");

        // (b) the indicator shown is clicked again, then a value is reported: it is saved
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        var row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Beratene Personen"));
        assertThat(row.first()).isVisible();
        assertThat(page.locator(".lw-card h2")).hasText("Beratene Personen");
        row.first().click();
        page.locator("#measurement-value input").fill("7");
        BrowserSession.screenshot(page, "42-indikatoren");
        page.locator("#measurement-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Messwert gespeichert");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        assertThat(page.locator("vaadin-grid").first()).containsText("7 Anzahl");
        page.context().close();
    }

    @Test
    void theStatusReportDialogOffersTheDownloadAsItsMainAction() {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/massnahmen"));
        BrowserSession.screenshot(page, "43-massnahmenliste");
        page.locator("#report-download").click();
        assertThat(page.locator("#report-link")).isVisible();
        assertThat(page.locator("#report-link")).hasClass(java.util.regex.Pattern.compile("lw-primary-link"));
        BrowserSession.screenshot(page, "44-statusbericht-dialog");
        page.context().close();
    }

    @Test
    void anAddressThatFailsShowsTheAppsOwnPageWithoutExceptionOrMessageKey() {
        var page = browser.newPage();
        signIn(page, "verantwortlich");
        page.navigate(url("/massnahmen/999999999"));
        assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("body")).not().containsText("error.");
        page.context().close();
    }

    /** A body without members (so Markus Lehmann is none) and a planned meeting, through the UI. */
    private void newBodyWithMeeting(Page page, String suffix, String meetingTitle) {
        page.navigate(url("/gremien"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neues Gremium")).click();
        page.locator("#body-name input").fill("AG Anerkennung " + suffix);
        page.locator("#body-short-name input").fill("AG A " + suffix);
        page.locator("#body-action-prefix input").fill("AGA-" + suffix);
        page.locator("#body-save").click();
        assertThat(page.locator("h1")).hasText("AG Anerkennung " + suffix);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sitzungen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sitzung planen")).click();
        assertThat(page.locator("#meeting-title")).hasAttribute("required", "");
        page.locator("#meeting-title input").fill(meetingTitle);
        page.locator("#meeting-save").click();
        assertThat(page.locator("h1")).hasText(meetingTitle);
    }
}
