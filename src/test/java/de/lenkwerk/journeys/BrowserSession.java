package de.lenkwerk.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium from Debian, driven by Playwright. Without Chromium the browser tests are skipped with a hint;
 * with {@code LENKWERK_BROWSER_TESTS_REQUIRED=true} (as in .ci/run) a missing browser fails the build instead.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("lenkwerk.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("de-DE"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        // let dialogs and notifications finish their animations, so the picture shows the settled screen
        page.waitForTimeout(600);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
