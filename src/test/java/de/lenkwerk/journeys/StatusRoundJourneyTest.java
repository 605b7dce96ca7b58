package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A status round before the next meeting: the secretariat starts it from the body's page, the owner answers one
 * action under "Meine Maßnahmen", the secretariat sees who is missing, reminds them, closes the round and reads
 * what changed since the last meeting.
 */
class StatusRoundJourneyTest extends BrowserJourney {

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;

    private static final String BODY = "Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden";
    private static final String ACTION = "Gemeinsame Anlaufstelle für Zugewanderte einrichten";

    @Test
    void theSecretariatAsksOwnersForTheirStatusAndSeesWhoHasAnswered() {
        var answer = "Zweiter Beratungstag läuft, Raumfrage geklärt " + UUID.randomUUID().toString().substring(0, 4);
        // A meeting of its own, so the journey does not depend on whether another one has closed the demo meeting
        var meeting = "Sondersitzung " + UUID.randomUUID().toString().substring(0, 4);
        SystemActor.run(() -> {
            var body = bodies.search(BODY, false, Pageable.ofSize(1)).getFirst();
            meetings.plan(body.id(), new MeetingData(meeting, LocalDate.now(clock).plusDays(10).atTime(10, 0), "Rathaus",
                    MeetingState.PLANNED, null));
        });
        var page = browser.newPage();

        // The secretariat starts the round for the next meeting
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(BODY)).first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusabfragen")).click();
        page.locator("#statusround-start").click();
        assertThat(page.locator("#statusround-meeting")).containsText(meeting);
        assertThat(page.locator("#statusround-answer-by input")).not().hasValue("");
        BrowserSession.screenshot(page, "30-statusabfrage-starten");
        page.locator("#statusround-start-save").click();
        assertThat(page.locator("h1")).containsText("Statusabfrage LA Dresden");
        page.waitForURL("**/statusabfragen/**");
        var roundUrl = page.url();
        signOut(page);

        // The owner answers one of his actions
        signIn(page, "verantwortlich");
        page.navigate(url("/meine-massnahmen"));
        var card = page.locator(".lw-status-request").filter(new Locator.FilterOptions().setHasText(BODY));
        assertThat(card.locator("h2")).containsText("Statusabfrage " + BODY + " – Antwort bis");
        var form = card.locator(".lw-answer").filter(new Locator.FilterOptions().setHasText(ACTION));
        assertThat(form.locator(".lw-answer-state")).hasText("noch nicht beantwortet");
        form.locator("vaadin-integer-field input").fill("60");
        form.locator("vaadin-big-decimal-field input").fill("130");
        form.locator("vaadin-text-area textarea").fill(answer);
        form.locator(".lw-answer-send").click();
        assertThat(form.locator(".lw-answer-state")).containsText("beantwortet am");
        BrowserSession.screenshot(page, "31-statusabfrage-meine-massnahmen");
        signOut(page);

        // The secretariat follows up: who has answered, who is missing; reminds, closes, reads the changes
        signIn(page, "geschaeftsstelle");
        page.navigate(roundUrl);
        var tracker = page.locator("vaadin-grid.lw-tracker");
        assertThat(tracker).containsText("Markus Lehmann");
        assertThat(tracker).containsText("fehlt teilweise");
        assertThat(tracker).containsText("Petra Schulz");
        page.locator("#statusround-remind-all").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("erinnert")))
                .isVisible();
        BrowserSession.screenshot(page, "32-statusabfrage-tracker");

        page.locator("#statusround-close").click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Abfrage schließen")).click();
        assertThat(page.locator("#statusround-facts")).containsText("abgeschlossen");
        assertThat(page.locator("#statusround-close")).isHidden();
        var changes = page.locator("#statusround-changes .lw-change").filter(new Locator.FilterOptions().setHasText(ACTION));
        assertThat(changes).containsText("Fortschritt: 45 % → 60 %");
        assertThat(changes).containsText("Messwert Beratene Personen pro Monat: 130 Personen");
        assertThat(changes).containsText(answer);
        assertThat(changes).containsText("beantwortet am");
        changes.scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "33-statusabfrage-aenderungen");

        // The body's tab lists the round as closed, and a new one could be started
        page.locator(".lw-back-link").click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusabfragen")).click();
        var list = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("abgeschlossen"));
        assertThat(list).containsText(meeting);
        assertThat(page.locator("#statusround-start")).isVisible();
        BrowserSession.screenshot(page, "34-statusabfragen-gremium");
        page.context().close();
    }
}
