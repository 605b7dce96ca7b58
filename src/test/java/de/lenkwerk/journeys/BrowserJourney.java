package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.regex.Pattern;

/** A user journey in real Chromium against the demo installation on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "lenkwerk-demo";
    static BrowserSession browser;

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

    /** Fills the sign-in form on the current page. */
    void submitSignIn(Page page, String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
    }

    /** Opens the sign-in page, signs in with the demo password and waits until the start page is there. */
    void signIn(Page page, String username) {
        page.navigate(url("/login"));
        submitSignIn(page, username, DEMO_PASSWORD);
        page.waitForURL(Pattern.compile("^(?!.*login).*$"));
    }

    void signOut(Page page) {
        page.locator(".lw-user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL("**/login**");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
