package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The core record end to end in Chromium: the secretariat sets up a body with a member, plans a meeting, records an
 * action with owner, deadline and indicator, and finds it in the filtered list; the owner reports progress and a
 * measurement, and the traffic light and its reason change; the history shows it all. A reader who does not sit in
 * a body finds none of its records, even with their addresses.
 */
class CoreRecordJourneyTest extends BrowserJourney {

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    PersonService people;

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
        var deadline = LocalDate.now(clock).plusDays(10).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
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
    void aReaderOpeningTheAddressesOfAnotherBodysRecordsSeesNotFoundAndNothingOfThem() {
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var records = SystemActor.call(() -> {
            var body = bodies.create(new BodyData("Vertrauliche Runde " + suffix, "VR " + suffix,
                    BodyType.WORKING_GROUP, null, "Nur für Mitglieder " + suffix, false, "VR-" + suffix));
            var meeting = meetings.plan(body.id(), new MeetingData("Geheime Sitzung " + suffix,
                    LocalDate.now(clock).plusDays(5).atTime(10, 0), "Hinterzimmer " + suffix, MeetingState.PLANNED, null));
            var owner = people.create(new PersonData("Olga Geheim " + suffix, null, null));
            var action = actions.create(body.id(), new ActionData("Geheime Maßnahme " + suffix, "Heimlich " + suffix,
                    owner.id(), null, null, Set.of(), null, LocalDate.now(clock).plusDays(30), ActionStatus.PLANNED, 0,
                    meeting.id(), null, null, null), null);
            return Map.of("/gremien/" + body.id(), body.name(), "/sitzungen/" + meeting.id(), meeting.title(),
                    "/massnahmen/" + action.id(), action.title());
        });
        var page = browser.newPage();
        signIn(page, "leser");
        page.navigate(url("/massnahmen/" + Long.MAX_VALUE));
        assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
        // the page's own content, compared once the frame around it (menu, user name) is drawn as well
        assertThat(page.locator(".lw-user-menu")).isVisible();
        var nobodysRecord = page.locator("main").innerText();

        for (var address : records.keySet()) {
            page.navigate(url(address));
            assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
            assertThat(page.locator("body")).not().containsText(suffix);
            assertThat(page).not().hasTitle(Pattern.compile(suffix));
            assertThat(page.locator(".lw-user-menu")).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.locator("main").innerText()).as(address)
                    .isEqualTo(nobodysRecord);
        }
        BrowserSession.screenshot(page, "09-fremde-massnahme");

        // The same addresses lead to the records once she reads the body: it was her access that hid them.
        SystemActor.run(() -> bodies.addMember(bodyOf(records), people.search("Claudia Neumann",
                Pageable.ofSize(1)).getFirst().id(), null, new MembershipData(null, MembershipRole.READER, null, null)));
        records.forEach((address, name) -> {
            page.navigate(url(address));
            assertThat(page.locator("h1")).containsText(name);
        });
        page.context().close();
    }

    private static long bodyOf(Map<String, String> records) {
        return records.keySet().stream().filter(a -> a.startsWith("/gremien/"))
                .mapToLong(a -> Long.parseLong(a.substring("/gremien/".length()))).findFirst().orElseThrow();
    }

    private void pick(Page page, String comboId, String typed, String option) {
        page.locator(comboId + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(option)).first().click();
    }


}
