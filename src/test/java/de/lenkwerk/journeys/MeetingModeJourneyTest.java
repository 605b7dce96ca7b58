package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat runs a whole meeting of the demo committee in meeting mode: reviews the open actions and records
 * decisions, captures three agreements with the keyboard only, writes minutes notes that survive a reload, closes
 * the meeting and prints the minutes on A4.
 */
class MeetingModeJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String MOVED = "Übersicht aller Integrationsprojekte";

    @Test
    void aWholeMeetingIsRunInMeetingModeAndItsMinutesPrintOnA4() {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        openSecondMeeting(page);
        page.locator("#meeting-mode").click();
        page.waitForURL("**/sitzungsmodus/**");
        assertThat(page.locator("h1")).hasText("2. Sitzung des Lenkungsausschusses");

        var suffix = UUID.randomUUID().toString().substring(0, 4);
        var reason = "Träger erst ab Herbst verfügbar " + suffix;
        review(page, reason);
        var titles = capture(page, suffix);
        var notes = "Herr Lehmann berichtet vom Probebetrieb der Anlaufstelle. " + suffix;
        minutesNotes(page, notes);

        page.keyboard().press("Alt+4");
        assertThat(page.locator("#minutes-new-actions")).containsText(titles[0]);
        assertThat(page.locator("#minutes-changed-deadlines")).containsText(reason);
        for (var present : new String[]{"Dr. Andreas Berger", "Sabine Hoffmann", "Markus Lehmann", "Petra Schulz"}) {
            page.locator(".lw-attendance vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(present)).click();
        }
        BrowserSession.screenshot(page, "34-sitzungsmodus-abschluss");
        page.locator("#closing-close").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.locator("#closing-minutes").click();
        page.waitForURL("**/protokoll/**");

        assertThat(page.locator("h1")).hasText("2. Sitzung des Lenkungsausschusses");
        assertThat(page.locator(".lw-minutes-meta")).containsText("durchgeführt");
        for (var title : titles) {
            assertThat(page.locator("#minutes-new-actions")).containsText(title);
        }
        assertThat(page.locator("#minutes-changed-deadlines")).containsText(MOVED);
        assertThat(page.locator("#minutes-changed-deadlines")).containsText(reason);
        assertThat(page.locator("#minutes-decisions")).containsText("Zur Kenntnis");
        assertThat(page.locator("#minutes-agenda")).containsText(notes);
        assertThat(page.locator("#minutes-attendance p").first()).containsText("Anwesend: Dr. Andreas Berger");
        assertThat(page.locator("#minutes-attendance p").last()).containsText("Jens Krüger");
        BrowserSession.screenshot(page, "35-protokoll");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#minutes-print")).isHidden();
        BrowserSession.screenshot(page, "36-protokoll-druckansicht");
        var pdf = BrowserSession.SCREENSHOTS.resolve("35-protokoll.pdf");
        page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true).setPath(pdf));
        assertThat(pdf).isNotEmptyFile();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.locator(".lw-minutes-toolbar a").click();
        assertThat(page.locator("#meeting-printable-minutes")).isVisible();
        assertThat(page.locator(".lw-view-header")).containsText("durchgeführt");
        page.locator(".lw-view-header").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("37-sitzung-durchgefuehrt.png")));
        page.context().close();
    }

    private void openSecondMeeting(Page page) {
        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden")).first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Sitzungen")).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("2. Sitzung des Lenkungsausschusses")).first().click();
        assertThat(page.locator("h1")).hasText("2. Sitzung des Lenkungsausschusses");
    }

    /** Notes the first open action, steps with the keyboard to the project overview and gives it a new deadline. */
    private void review(Page page, String reason) {
        var heading = page.locator(".lw-review-item h2");
        assertThat(page.locator(".lw-review-position")).containsText("Maßnahme 1 von");
        BrowserSession.screenshot(page, "30-sitzungsmodus-stand");
        var first = heading.textContent();
        if (!first.contains(MOVED)) {
            page.locator("#decide-noted").click();
            assertThat(page.locator(".lw-review-position")).containsText("Maßnahme 2 von");
        }
        for (int i = 0; i < 30 && !heading.textContent().contains(MOVED); i++) {
            var before = heading.textContent();
            page.keyboard().press("PageDown");
            assertThat(heading).not().hasText(before);
        }
        assertThat(heading).containsText(MOVED);

        page.locator("#decide-new-deadline").click();
        assertThat(page.locator("#decision-text input")).isFocused();
        page.keyboard().type(reason);
        page.keyboard().press("Tab");
        page.keyboard().type(LocalDate.now(clock).plusDays(200).format(GERMAN_DATE));
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Beschluss gespeichert");
        if (!heading.textContent().contains(MOVED)) {
            // it moved on to the next action; back to the one just decided
            page.keyboard().press("Alt+ArrowLeft");
        }
        assertThat(heading).containsText(MOVED);
        assertThat(page.locator(".lw-review-decided")).containsText(reason);
        BrowserSession.screenshot(page, "31-sitzungsmodus-beschluss");
        page.locator("#review-toggle").click();
        assertThat(page.locator(".lw-review-list")).containsText("Neue Frist");
        BrowserSession.screenshot(page, "32-sitzungsmodus-liste");
    }

    /** Three agreements with the keyboard only: Alt+2 opens the capture with the cursor in the title. */
    private String[] capture(Page page, String suffix) {
        page.keyboard().press("Alt+2");
        var deadline = LocalDate.now(clock).plusMonths(4).format(GERMAN_DATE);
        String[][] agreements = {
                {"Lotsendienst Anerkennung " + suffix, "Markus"},
                {"Ausbildungsbörse Zugewanderte " + suffix, "Petra"},
                {"Fallkonferenz Aufenthaltsrecht " + suffix, "Jens"}};
        assertThat(page.locator("#capture-title input")).isFocused();
        for (var agreement : agreements) {
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
            assertThat(page.locator("#capture-title input")).isFocused();
        }
        BrowserSession.screenshot(page, "33-sitzungsmodus-erfassung");
        return new String[]{agreements[0][0], agreements[1][0], agreements[2][0]};
    }

    /** Minutes notes for TOP 2 are saved while typing and are still there after a reload. */
    private void minutesNotes(Page page, String notes) {
        page.keyboard().press("Alt+3");
        page.locator("#agenda-notes-2 textarea").click();
        assertThat(page.locator(".lw-agenda-current h2")).containsText("TOP 2");
        page.keyboard().type(notes);
        page.keyboard().press("Tab");
        assertThat(page.locator("#agenda-notes-2 .lw-save-status")).containsText("Gespeichert um");
        BrowserSession.screenshot(page, "33-sitzungsmodus-tagesordnung");
        page.reload();
        assertThat(page.locator("h1")).hasText("2. Sitzung des Lenkungsausschusses");
        page.keyboard().press("Alt+3");
        assertThat(page.locator("#agenda-notes-2 textarea")).hasValue(notes);
        assertThat(page.locator("#agenda-notes-2 textarea")).isVisible();
    }
}
