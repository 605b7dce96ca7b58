package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The sign-in journeys in real Chromium, with screenshots under target/screenshots. */
class SignInJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "{0} signs in, sees the frame and signs out")
    @CsvSource({
            "admin, Thomas Richter, true",
            "geschaeftsstelle, Sabine Hoffmann, false",
            "verantwortlich, Markus Lehmann, false",
            "leser, Claudia Neumann, false"})
    void eachDemoAccountSignsInAndOut(String username, String name, boolean administrator) {
        var page = browser.newPage();
        page.navigate(url("/login"));
        assertThat(page.locator(".lw-demo-badge")).isVisible();
        if (username.equals("admin")) {
            BrowserSession.screenshot(page, "01-anmeldung");
        }

        submitSignIn(page, username, "demo-zugang-2026");

        assertThat(page.locator("h1")).hasText("Guten Tag, " + name);
        assertThat(page.locator(".lw-user-menu")).containsText(name);
        assertThat(page.locator(".lw-header .lw-demo-badge")).isVisible();
        var adminNav = page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Benutzer"));
        if (administrator) {
            assertThat(adminNav).isVisible();
        } else {
            assertThat(adminNav).hasCount(0);
        }
        assertThat(page.locator(".lw-key-figures")).containsText("offene Maßnahmen");
        assertThat(page.locator(".lw-chart svg").first()).isVisible();
        assertThat(page.locator(".lw-matrix")).isVisible();
        BrowserSession.screenshot(page, "02-start-" + username);

        signOut(page);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    @Test
    void aWrongPasswordIsRefusedInGerman() {
        var page = browser.newPage();
        page.navigate(url("/login"));

        submitSignIn(page, "leser", "falsches-passwort");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        BrowserSession.screenshot(page, "03-anmeldung-fehlgeschlagen");
        page.context().close();
    }

    @Test
    void anAdministratorCreatesAUserWhoIsLockedOutOfThisAddressAfterFiveWrongPasswords() {
        var username = "neu-" + UUID.randomUUID().toString().substring(0, 6);
        var page = browser.newPage();
        page.navigate(url("/login"));
        submitSignIn(page, "admin", "demo-zugang-2026");

        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Benutzer")).click();
        assertThat(page.locator("h1")).hasText("Benutzer");
        BrowserSession.screenshot(page, "04-benutzerliste");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neuer Benutzer")).click();
        page.locator("#account-username input").fill(username);
        page.locator("#account-full-name input").fill("Petra Probe");
        page.locator("#account-email input").fill("petra.probe@example.org");
        page.locator("#account-password input").fill("erstes-passwort-1");
        BrowserSession.screenshot(page, "05-neuer-benutzer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.locator("vaadin-grid")).containsText(username);
        signOut(page);

        submitSignIn(page, username, "erstes-passwort-1");
        assertThat(page.locator("h1")).hasText("Guten Tag, Petra Probe");
        signOut(page);

        for (int i = 0; i < 5; i++) {
            if (i >= 3) {
                // after three free failures each attempt waits a doubling delay (1 s, 2 s …) or is refused unchecked
                page.waitForTimeout((1000L << (i - 3)) + 100);
            }
            submitSignIn(page, username, "falsch-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        }
        page.waitForTimeout(2100);
        submitSignIn(page, username, "erstes-passwort-1");
        // locked for this address now, with the same words as a wrong password: nobody learns the account exists
        assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        BrowserSession.screenshot(page, "06-anmeldung-gesperrt");

        submitSignIn(page, "admin", "demo-zugang-2026");
        page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Benutzer")).click();
        page.locator(".lw-toolbar vaadin-text-field input").fill(username);
        assertThat(page.locator("vaadin-grid")).containsText("gesperrt");
        // the search has narrowed the list (a click on a row of the list before would be one it no longer has)
        assertThat(page.locator("vaadin-grid")).not().containsText("Thomas Richter");

        // the administrator opens the account, sees until when it is locked and lifts the lock
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(username)).first().click();
        assertThat(page.locator("#account-lock")).containsText("gesperrt, längstens bis");
        BrowserSession.screenshot(page, "07-anmeldesperre-aufheben");
        page.locator("#account-unlock").click();
        assertThat(page.locator("#account-lock")).isHidden();
        // the list's state pill turns from "gesperrt" to "aktiv"
        assertThat(page.locator("vaadin-grid .lw-pill").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("aktiv")).first()).isVisible();
        signOut(page);
        submitSignIn(page, username, "erstes-passwort-1");
        assertThat(page.locator("h1")).hasText("Guten Tag, Petra Probe");
        page.context().close();
    }

    @Test
    void theLanguageSwitchTurnsTheInterfaceEnglish() {
        var page = browser.newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        submitSignIn(page, "geschaeftsstelle", "demo-zugang-2026");
        assertThat(page.locator("h1")).hasText("Hello, Sabine Hoffmann");
        BrowserSession.screenshot(page, "07-start-english");
        page.context().close();
    }


}
