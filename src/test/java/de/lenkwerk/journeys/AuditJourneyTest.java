package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail on screen: a body's history tab, a meeting's history with approved minutes reopened for a reason,
 * and the administrator's security log with a failed sign-in, filtered and exported.
 */
class AuditJourneyTest extends BrowserJourney {

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;

    @Test
    void theHistoryOfBodiesAndMeetingsAndTheSecurityLogAreThere() throws Exception {
        var ids = SystemActor.call(() -> {
            var body = bodies.search("Lenkungsausschuss Integration", false, PageRequest.of(0, 1)).getFirst();
            var approved = meetings.forBody(body.id(), PageRequest.of(0, 20)).stream()
                    .filter(m -> m.state() == MeetingState.MINUTES_APPROVED).findFirst().orElseThrow();
            return new long[]{body.id(), approved.id()};
        });
        var page = browser.newPage();
        page.navigate(url("/login"));
        submitSignIn(page, "leser", "kein-richtiges-passwort");
        signIn(page, "geschaeftsstelle");

        page.navigate(url("/gremien/" + ids[0]));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Verlauf")).click();
        var bodyHistory = page.locator("#body-history vaadin-grid");
        assertThat(bodyHistory).containsText("Mitgliedschaft");
        assertThat(bodyHistory).containsText("Lesezugriff");
        BrowserSession.screenshot(page, "90-gremium-verlauf");

        page.navigate(url("/sitzungen/" + ids[1]));
        var meetingHistory = page.locator("#meeting-history vaadin-grid");
        assertThat(meetingHistory).containsText("Protokoll freigegeben");
        page.locator("#meeting-reopen").click();
        page.locator("#meeting-reopen-reason textarea").fill("Name im TOP 2 falsch geschrieben");
        page.locator("#meeting-reopen-confirm").click();
        assertThat(page.locator("#meeting-history vaadin-grid")).containsText("Name im TOP 2 falsch geschrieben");
        assertThat(page.locator("#meeting-reopen")).isHidden();
        page.locator("#meeting-history").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "91-sitzung-verlauf");
        signOut(page);

        signIn(page, "admin");
        page.navigate(url("/admin/sicherheitsprotokoll"));
        var grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("Anmeldung fehlgeschlagen");
        page.locator("#securitylog-account input").fill("leser");
        page.locator("#securitylog-account input").press("Enter");
        assertThat(grid).containsText("leser");
        BrowserSession.screenshot(page, "92-sicherheitsprotokoll");

        var download = page.waitForDownload(() -> page.locator("#securitylog-export").click());
        var csv = Files.readString(download.path());
        assertThat(csv).contains("Anmeldung fehlgeschlagen").contains("\"leser\"").doesNotContain("geschaeftsstelle");
        assertThat(download.suggestedFilename()).matches(Pattern.compile("sicherheitsprotokoll\\.csv"));
        page.context().close();
    }
}
