package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core over every route and state of the demo installation, as each demo user and signed out: each tab, each
 * dialog open and with its validation errors, the bell and the user menu open, meeting mode and the minutes.
 * A new screen gets a line in {@link #states(String)}; a new tab is found by itself.
 */
class AccessibilityJourneyTest extends BrowserJourney {

    static final String SIGNED_OUT = "abgemeldet";

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actions;

    /** The demo records the routes need, as placeholders in the addresses: {body}, {meeting}, {action}. */
    Map<String, String> records;

    /**
     * One state of one screen: the address to open (null: stay on the current page), what to do there, and whether
     * each of its tabs is a state of its own.
     */
    record State(String name, String path, Consumer<Page> prepare, boolean eachTab) {

        static State at(String name, String path) {
            return new State(name, path, page -> { }, false);
        }

        /** Then, on the page the state before left open. */
        static State then(String name, Consumer<Page> prepare) {
            return new State(name, null, prepare, false);
        }

        State doing(Consumer<Page> prepare) {
            return new State(name, path, prepare, eachTab);
        }

        State withEachTab() {
            return new State(name, path, prepare, true);
        }
    }

    @BeforeEach
    void findDemoRecords() {
        records = demoRecords(bodies, meetings, actions);
    }

    /** The steering committee of the demo data, its second meeting and one of its actions. */
    static Map<String, String> demoRecords(BodyService bodies, MeetingService meetings, ActionService actions) {
        return SystemActor.call(() -> {
            var body = bodies.search("Lenkungsausschuss Integration", false, Pageable.ofSize(1)).getFirst();
            var meeting = meetings.forBody(body.id(), Pageable.ofSize(20)).stream()
                    .filter(m -> m.title().startsWith("2. Sitzung")).findFirst().orElseThrow();
            var action = actions.list(ActionFilter.ofBody(body.id()), Pageable.ofSize(1)).getFirst();
            return Map.of("{body}", body.id().toString(), "{meeting}", meeting.id().toString(),
                    "{action}", action.id().toString());
        });
    }

    /** Every screen and state that {@code user} can reach. Extend here when a feature adds a screen. */
    static List<State> states(String user) {
        var states = new ArrayList<State>();
        if (user.equals(SIGNED_OUT)) {
            states.add(State.at("Anmeldung", "/login"));
            states.add(State.at("Anmeldung fehlgeschlagen", "/login?error"));
            states.add(State.at("Erklärung zur Barrierefreiheit", "/barrierefreiheit"));
            states.add(State.at("unbekannte Adresse", "/xyz"));
            states.add(State.at("Anmeldung englisch", "/login").doing(AccessibilityJourneyTest::english));
            return states;
        }
        states.add(State.at("Übersicht", "/"));
        states.add(State.then("Benachrichtigungen offen", page -> page.locator("#notification-bell").click()));
        states.add(State.at("Benutzermenü offen", "/").doing(page ->
                page.locator(".lw-user-menu vaadin-menu-bar-button").first().click()));
        states.add(State.at("Maßnahmen", "/massnahmen"));
        states.add(State.at("Maßnahmen gefiltert ohne Treffer", "/massnahmen?suche=gibt-es-nicht"));
        states.add(State.at("Meine Maßnahmen", "/meine-massnahmen"));
        states.add(State.at("Maßnahme", "/massnahmen/{action}").withEachTab());
        states.add(State.at("Gremien", "/gremien"));
        states.add(State.at("Gremium", "/gremien/{body}").withEachTab());
        states.add(State.at("Sitzung", "/sitzungen/{meeting}"));
        states.add(State.at("Protokoll", "/protokoll/{meeting}"));
        states.add(State.at("Profil", "/profil"));
        states.add(State.then("Passwort ändern", page -> button(page, "Passwort ändern").click()));
        states.add(State.then("Passwort ändern mit Fehlern", page -> button(page, "Speichern").last().click()));
        states.add(State.at("Erklärung zur Barrierefreiheit", "/barrierefreiheit"));
        states.add(State.at("unbekannte Adresse", "/sitzungen"));
        states.add(State.at("fremder Datensatz", "/massnahmen/" + Long.MAX_VALUE));
        if (user.equals("geschaeftsstelle") || user.equals("admin")) {
            states.add(State.at("Neue Maßnahme", "/gremien/{body}").doing(page -> {
                tab(page, "Maßnahmen");
                button(page, "Neue Maßnahme").click();
            }));
            states.add(State.then("Neue Maßnahme mit Fehlern", page -> page.locator("#action-create").click()));
            states.add(State.at("Neues Gremium", "/gremien").doing(page -> button(page, "Neues Gremium").click()));
            states.add(State.then("Neues Gremium mit Fehlern", page -> page.locator("#body-save").click()));
            states.add(State.at("Mitglied hinzufügen", "/gremien/{body}").doing(page -> {
                tab(page, "Mitglieder");
                button(page, "Mitglied hinzufügen").click();
            }));
            states.add(State.then("Mitglied hinzufügen mit Fehlern", page -> page.locator("#member-save").click()));
            states.add(State.at("Sitzung planen", "/gremien/{body}").doing(page -> {
                tab(page, "Sitzungen");
                button(page, "Sitzung planen").click();
            }));
            states.add(State.then("Sitzung planen mit Fehlern", page -> {
                page.locator("#meeting-title input").fill("");
                page.locator("#meeting-save").click();
            }));
            states.add(State.at("Statusabfrage starten", "/gremien/{body}").doing(page -> {
                tab(page, "Statusabfragen");
                button(page, "Statusabfrage starten").click();
            }));
            states.add(State.at("Sitzungsmodus", "/sitzungsmodus/{meeting}").withEachTab());
            states.add(State.at("Statusabfragen", "/statusabfragen"));
            states.add(State.at("Import", "/import"));
        }
        if (user.equals("admin")) {
            states.add(State.at("Benutzer", "/admin/benutzer"));
            states.add(State.then("Neuer Benutzer", page -> button(page, "Neuer Benutzer").click()));
            states.add(State.then("Neuer Benutzer mit Fehlern", page -> button(page, "Speichern").last().click()));
            states.add(State.at("Organisationen", "/admin/organisationen"));
            states.add(State.then("Neue Organisation", page -> button(page, "Neue Organisation").click()));
            states.add(State.then("Neue Organisation mit Fehlern", page -> button(page, "Speichern").last().click()));
            states.add(State.at("Einstellungen", "/admin/einstellungen"));
        }
        return states;
    }

    @ParameterizedTest(name = "every screen passes axe as {0}")
    @ValueSource(strings = {SIGNED_OUT, "admin", "geschaeftsstelle", "verantwortlich", "leser"})
    void everyScreenAndStatePassesAxe(String user) {
        var page = browser.newPage();
        if (!user.equals(SIGNED_OUT)) {
            signIn(page, user);
        }
        var violations = new ArrayList<Axe.Violation>();
        var unreachable = new ArrayList<String>();
        var english = new ArrayList<String>();
        var checked = 0;
        for (var state : states(user)) {
            try {
                if (state.path() != null) {
                    page.navigate(url(address(state.path())));
                }
                BrowserSession.waitForVaadin(page);
                state.prepare().accept(page);
                violations.addAll(Axe.scan(page, user + ": " + state.name()));
                if (!state.name().endsWith("englisch")) {
                    english.addAll(EnglishTexts.scan(page, user + ": " + state.name()));
                }
                BrowserSession.picture(page, "a11y-" + user + "-" + String.format("%02d", ++checked));
                if (state.eachTab()) {
                    for (var tab : page.getByRole(AriaRole.TAB).all()) {
                        var name = tab.innerText().strip();
                        tab.click();
                        violations.addAll(Axe.scan(page, user + ": " + state.name() + ", Reiter " + name));
                        checked++;
                    }
                }
            } catch (RuntimeException e) {
                unreachable.add(state.name() + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertThat(unreachable).as("states the walk could not reach").isEmpty();
        assertThat(checked).isGreaterThan(3);
        assertThat(violations).as(() -> Axe.report(violations)).isEmpty();
        assertThat(english).as("English aria-labels, titles and placeholders in the German interface").isEmpty();
        page.context().close();
    }

    String address(String path) {
        var address = path;
        for (var record : records.entrySet()) {
            address = address.replace(record.getKey(), record.getValue());
        }
        return address;
    }

    static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        BrowserSession.waitForVaadin(page);
    }

    private static void english(Page page) {
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-login-form"))
                .containsText("Sign in");
        BrowserSession.waitForVaadin(page);
        // the scanner's positive control: in English, the component texts are English
        assertThat(EnglishTexts.scan(page, "Anmeldung englisch")).anyMatch(t -> t.contains("Show password"));
    }

    @org.junit.jupiter.api.Test
    void unknownAddressesAnswerTheAppsOwnNotFoundPageWith404() {
        var page = browser.newPage();
        signIn(page, "leser");
        for (var address : List.of("/sitzungen", "/xyz", "/massnahmen/" + Long.MAX_VALUE)) {
            var response = page.navigate(url(address));
            if (!address.startsWith("/massnahmen")) {
                // a record that is gone or hidden is only known once the view asks for it, after the page has loaded
                assertThat(response.status()).as(address).isEqualTo(404);
            }
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1"))
                    .hasText("Seite nicht gefunden");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                    .hasTitle("Seite nicht gefunden · Lenkwerk");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#not-found a"))
                    .hasText("Zur Übersicht");
        }
        BrowserSession.screenshot(page, "08-nicht-gefunden");
        page.context().close();

        var signedOut = browser.newPage();
        signedOut.navigate(url("/xyz"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(signedOut.locator("vaadin-login-form"))
                .isVisible();
        signedOut.navigate(url("/barrierefreiheit"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(signedOut.locator("h1"))
                .hasText("Erklärung zur Barrierefreiheit");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(signedOut.locator("#a11y-arbitration"))
                .containsText("Schlichtungsstelle");
        BrowserSession.screenshot(signedOut, "09-erklaerung-barrierefreiheit");
        signedOut.context().close();
    }
}
