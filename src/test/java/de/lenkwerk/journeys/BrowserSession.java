package de.lenkwerk.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real Chromium from Debian, driven by Playwright. Without Chromium the browser tests are skipped with a hint;
 * with {@code LENKWERK_BROWSER_TESTS_REQUIRED=true} (as in .ci/run) a missing browser fails the build instead.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("lenkwerk.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Map<Page, List<String>> CSP_VIOLATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        var message = "Browser tests skipped: no Chromium at " + CHROMIUM
                + ". Install it with 'sudo apt-get install -y chromium' (or point -Dlenkwerk.chromium at it).";
        if (required()) {
            Assertions.fail(message.replace("skipped", "required but impossible"));
        }
        Assumptions.abort(message);
    }

    /** .ci/run sets LENKWERK_BROWSER_TESTS_REQUIRED=true: there a skipped browser test would hide a broken UI. */
    private static boolean required() {
        return Boolean.getBoolean("lenkwerk.browser-tests.required")
                || "true".equalsIgnoreCase(System.getenv("LENKWERK_BROWSER_TESTS_REQUIRED"));
    }

    static BrowserSession start() {
        requireChromium();
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new BrowserSession(playwright, browser);
    }

    Page newPage() {
        return newPage(1280, 800);
    }

    /** A page in a fresh context (no cookies, no session) of this viewport, e.g. a phone's 360 px. */
    Page newPage(int width, int height) {
        return newContext(this, width, height).newPage();
    }

    /** A fresh German browser context with the given viewport, e.g. 320 px wide for the reflow checks. */
    static BrowserContext newContext(BrowserSession session, int width, int height) {
        var context = session.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("de-DE"));
        context.setDefaultTimeout(20_000);
        // the browser reports what the Content-Security-Policy blocked; a journey's screenshot then fails on it
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") && message.page() != null) {
                CSP_VIOLATIONS.computeIfAbsent(message.page(), page -> new CopyOnWriteArrayList<>())
                        .add(message.text());
            }
        });
        return context;
    }

    /**
     * Waits until Vaadin is idle, as TestBench's waitForVaadin does: every Flow client on the page says it is not
     * active (no request under way, no response being applied). A client counts as active from the moment the page
     * starts it. Then waits until no finite animation is running any more (dialogs, overlays and notifications
     * opening or closing); endless ones such as spinners are left out.
     */
    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients || Object.keys(clients).length === 0) {
                    return false;
                  }
                  if (Object.values(clients).some(client => client.isActive())) {
                    return false;
                  }
                  return document.getAnimations().every(animation =>
                      animation.playState !== 'running'
                      || animation.effect?.getComputedTiming().iterations === Infinity);
                }""");
    }

    /**
     * Saves what the user sees, and checks it with axe-core: every screen a journey shows in a screenshot must pass
     * WCAG 2.1 AA (see {@link Axe}).
     */
    static void screenshot(Page page, String name) {
        picture(page, name);
        Axe.check(page, name);
        assertNoBlockedContent(page, name);
    }

    /** Nothing that the screen needs was blocked by the Content-Security-Policy (base.SecurityHeaders). */
    static void assertNoBlockedContent(Page page, String name) {
        var blocked = CSP_VIOLATIONS.getOrDefault(page, List.of());
        Assertions.assertTrue(blocked.isEmpty(), () -> name + ": the Content-Security-Policy blocked " + blocked);
    }

    /** The picture alone, for callers that collect axe's findings themselves. */
    static void picture(Page page, String name) {
        // the picture shows the settled screen, not a half-open dialog or a page still loading
        waitForVaadin(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
