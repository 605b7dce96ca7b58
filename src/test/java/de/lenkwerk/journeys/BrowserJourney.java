package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.regex.Pattern;

/** A user journey in real Chromium against the demo installation on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "demo-zugang-2026";
    static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContextHolderStrategy;

    /** The application's clock: a journey's "today" is the application's today, in its time zone, not the JVM's. */
    @Autowired
    Clock clock;

    /**
     * Each Spring context sets its own Vaadin-aware strategy (with its own thread-local) as the static one; a journey
     * with its own settings starts a second context, after which a test's calls as the system (SystemActor) in the
     * first one would land in the other context's thread-local. Each journey uses its own context's strategy.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        securityContextHolderStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

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
