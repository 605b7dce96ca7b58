package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The sign-in journeys in real Chromium, with screenshots under target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SignInJourneyTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

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

        signIn(page, username, "lenkwerk-demo");

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

        signIn(page, "leser", "falsches-passwort");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        BrowserSession.screenshot(page, "03-anmeldung-fehlgeschlagen");
        page.context().close();
    }

    @Test
    void anAdministratorCreatesAUserWhoSignsInAndIsLockedAfterFiveWrongPasswords() {
        var username = "neu-" + UUID.randomUUID().toString().substring(0, 6);
        var page = browser.newPage();
        page.navigate(url("/login"));
        signIn(page, "admin", "lenkwerk-demo");

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

        signIn(page, username, "erstes-passwort-1");
        assertThat(page.locator("h1")).hasText("Guten Tag, Petra Probe");
        signOut(page);

        for (int i = 0; i < 5; i++) {
            signIn(page, username, "falsch-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        }
        signIn(page, username, "erstes-passwort-1");
        assertThat(page.locator("vaadin-login-form")).containsText("Konto vorübergehend gesperrt");
        BrowserSession.screenshot(page, "06-konto-gesperrt");
        page.context().close();
    }

    @Test
    void theLanguageSwitchTurnsTheInterfaceEnglish() {
        var page = browser.newPage();
        page.navigate(url("/login"));
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        signIn(page, "geschaeftsstelle", "lenkwerk-demo");
        assertThat(page.locator("h1")).hasText("Hello, Sabine Hoffmann");
        BrowserSession.screenshot(page, "07-start-english");
        page.context().close();
    }

    private void signIn(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
    }

    private void signOut(Page page) {
        page.locator(".lw-user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL("**/login**");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
