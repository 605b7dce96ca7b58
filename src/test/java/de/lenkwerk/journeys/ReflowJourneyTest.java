package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 1.4.10 and 1.4.12: at 320 CSS px nothing needs sideways scrolling and the bell, the user menu and the
 * navigation stay in reach; with the text-spacing override nothing of the app's own text is cut off.
 */
class ReflowJourneyTest extends BrowserJourney {

    static final List<String> PAGES = List.of("/", "/massnahmen", "/gremien/{body}", "/massnahmen/{action}",
            "/sitzungen/{meeting}", "/meine-massnahmen", "/profil", "/barrierefreiheit");

    /** The WCAG 1.4.12 bookmarklet's values. */
    static final String TEXT_SPACING = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; "
            + "word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

    /** The app's own text elements (not the grid's cells, which cut long values by design) that clip their text. */
    private static final String CLIPPED = """
            () => [...document.querySelectorAll('h1, h2, h3, p, a, label, li, span, vaadin-button, vaadin-tab, th, td')]
              .filter(el => !el.closest('vaadin-grid') && el.offsetParent !== null && el.innerText && el.innerText.trim())
              .filter(el => {
                const s = getComputedStyle(el);
                const clips = v => v === 'hidden' || v === 'clip';
                return (clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
                    || (clips(s.overflowY) && el.scrollHeight > el.clientHeight + 1);
              })
              .map(el => el.localName + (el.className ? '.' + el.className : '') + ' "' + el.innerText.trim().substring(0, 40) + '"')""";

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actions;

    @Test
    void at320PixelsNothingScrollsSidewaysAndTheHeaderStaysInReach() {
        var records = AccessibilityJourneyTest.demoRecords(bodies, meetings, actions);
        var page = narrowPage();
        signIn(page, "geschaeftsstelle");
        var problems = new ArrayList<String>();
        for (var path : PAGES) {
            page.navigate(url(address(path, records)));
            BrowserSession.waitForVaadin(page);
            var name = path.equals("/") ? "uebersicht" : path.substring(1).replaceAll("[/{}]+", "-").replaceAll("-$", "");
            BrowserSession.screenshot(page, "320-" + name);
            var overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            if (overflow.intValue() > 0) {
                problems.add(path + " scrolls sideways by " + overflow + " px");
            }
            if (!path.equals("/barrierefreiheit")) {
                for (var reach : List.of("#notification-bell", ".lw-user-menu vaadin-menu-bar-button", "vaadin-drawer-toggle")) {
                    var box = page.locator(reach).first().boundingBox();
                    if (box == null || box.x < 0 || box.x + box.width > 320) {
                        problems.add(path + ": " + reach + " out of reach");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();

        // the language switch folds into the user menu, the drawer opens as a menu
        page.navigate(url("/"));
        BrowserSession.waitForVaadin(page);
        page.locator(".lw-user-menu vaadin-menu-bar-button").first().click();
        assertThat(page.locator("vaadin-menu-bar-item.lw-narrow-only")).hasText("English");
        BrowserSession.screenshot(page, "320-benutzermenue");
        page.keyboard().press("Escape");
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        BrowserSession.screenshot(page, "320-navigation");
        page.context().close();
    }

    @Test
    void withTheTextSpacingOverrideNoTextIsCutOff() {
        var records = AccessibilityJourneyTest.demoRecords(bodies, meetings, actions);
        var page = browser.newPage();
        page.navigate(url("/login"));
        var problems = new ArrayList<String>(clipped(page, "/login"));
        signIn(page, "geschaeftsstelle");
        for (var path : PAGES) {
            page.navigate(url(address(path, records)));
            problems.addAll(clipped(page, path));
        }
        BrowserSession.screenshot(page, "41-textabstaende");
        assertThat(problems).isEmpty();
        page.context().close();
    }

    private static List<String> clipped(Page page, String path) {
        BrowserSession.waitForVaadin(page);
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(TEXT_SPACING));
        BrowserSession.waitForVaadin(page);
        @SuppressWarnings("unchecked")
        var found = (List<String>) page.evaluate(CLIPPED);
        return found.stream().map(f -> path + ": " + f).toList();
    }

    private Page narrowPage() {
        var context = BrowserSession.newContext(browser, 320, 640);
        return context.newPage();
    }

    private static String address(String path, Map<String, String> records) {
        var address = path;
        for (var record : records.entrySet()) {
            address = address.replace(record.getKey(), record.getValue());
        }
        return address;
    }
}
