package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core journey with the keyboard alone, no click anywhere: sign in, skip to the content, open the actions list
 * from the navigation, open an action with Enter, then in a body record a new action in the dialog, where Escape
 * closes and gives focus back to the button. Every Tab stop on the way must show its focus.
 */
class KeyboardJourneyTest extends BrowserJourney {

    /** The focused element through open shadow roots, described for messages, with whether its focus is visible. */
    private static final String FOCUS = """
            () => {
              let el = document.activeElement;
              const chain = [el];
              while (el && el.shadowRoot && el.shadowRoot.activeElement) {
                el = el.shadowRoot.activeElement;
                chain.push(el);
              }
              const shows = e => {
                if (!e || !e.getAttribute) return false;
                if (e.closest && e.closest('[focus-ring]')) return true;
                for (const pseudo of [null, '::before', '::after']) {
                  const s = getComputedStyle(e, pseudo);
                  if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')) {
                    return true;
                  }
                }
                return false;
              };
              const host = chain.map(e => e.getRootNode && e.getRootNode().host).filter(Boolean);
              const slot = el && el.querySelector && el.querySelector('slot');
              const slotted = slot ? slot.assignedElements({ flatten: true }).map(e => e.innerText || '').join(' ') : '';
              const own = el && (el.getAttribute && el.getAttribute('aria-label') || el.innerText || slotted || el.value || '') || '';
              const text = (own.trim() || (host.length ? host[host.length - 1].innerText || '' : ''))
                  .trim().split('\\n')[0].substring(0, 60);
              return {
                tag: el ? el.localName : '',
                id: el && el.id || '',
                part: el && el.getAttribute && el.getAttribute('part') || '',
                text: text,
                hosts: host.map(h => h.localName + (h.id ? '#' + h.id : '')).join('>'),
                // the page itself between the last stop and the browser's own controls is not a stop of the app
                visible: el === document.body || chain.concat(host).some(shows),
                container: chain.concat(host).some(e => /^vaadin-(confirm-)?dialog(-overlay)?$/.test(e.localName))
                    && (/^vaadin-(confirm-)?dialog(-overlay)?$/.test(el.localName)
                        || /overlay|content/.test(el.getAttribute && el.getAttribute('part') || ''))
              };
            }""";

    private final List<String> stops = new ArrayList<>();

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    @Test
    void theCoreJourneyWorksWithTheKeyboardAlone() {
        // a body of its own, run by the secretariat, so that the new action changes no other journey's figures
        var body = "AAA Tastaturrunde " + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        SystemActor.run(() -> {
            var suffix = body.substring(body.length() - 4);
            var created = bodies.create(new BodyData(body, "TR " + suffix, BodyType.WORKING_GROUP, null, null, false,
                    "TR-" + suffix));
            bodies.addMember(created.id(), people.search("Sabine Hoffmann", Pageable.ofSize(1)).getFirst().id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, null, null));
        });
        var page = browser.newPage();
        page.navigate(url("/login"));
        BrowserSession.waitForVaadin(page);

        tabTo(page, "username field", "input", f -> isIn(page, "#vaadinLoginUsername"));
        page.keyboard().type("geschaeftsstelle");
        page.keyboard().press("Tab");
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile("^(?!.*login).*$"));
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("h1")).containsText("Guten Tag");

        // the first Tab stop is the skip link; it leads to the page's heading
        page.keyboard().press("Tab");
        var skip = focus(page);
        assertThat(skip.text()).isEqualTo("Zum Inhalt springen");
        assertThat(skip.visible()).as("skip link shows its focus").isTrue();
        assertThat(page.locator(".lw-skip-link").boundingBox().y).as("skip link is on screen when focused")
                .isGreaterThanOrEqualTo(0);
        page.keyboard().press("Enter");
        assertThat(focus(page).tag()).isEqualTo("h1");

        // the actions list from the main navigation
        tabFromTop(page);
        tabTo(page, "navigation item Maßnahmen", "link", f -> f.text().equals("Maßnahmen")
                && f.hosts().contains("vaadin-side-nav-item"));
        page.keyboard().press("Enter");
        page.waitForURL("**/massnahmen");
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("Maßnahmen");

        // an action opens from its row with Enter
        tabTo(page, "first row of the actions grid", "grid cell", f -> f.part().contains("body-cell"));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/massnahmen/\\d+$"));
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("#action-rag")).isVisible();

        // a body's actions tab, its "Neue Maßnahme" dialog: Escape closes it and focus is back on the button
        tabFromTop(page);
        tabTo(page, "navigation item Gremien", "link", f -> f.text().equals("Gremien")
                && f.hosts().contains("vaadin-side-nav-item"));
        page.keyboard().press("Enter");
        page.waitForURL("**/gremien");
        BrowserSession.waitForVaadin(page);
        tabTo(page, "first row of the bodies grid", "grid cell", f -> f.part().contains("body-cell"));
        for (int i = 0; i < 30 && !focus(page).text().startsWith(body); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focus(page).text()).as("the new body's row has focus").startsWith(body);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/gremien/\\d+$"));
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText(body);
        tabTo(page, "a tab of the body", "tab", f -> f.tag().equals("vaadin-tab"));
        for (int i = 0; i < 8 && !focus(page).text().equals("Maßnahmen"); i++) {
            page.keyboard().press("ArrowRight");
        }
        page.keyboard().press("Enter");
        BrowserSession.waitForVaadin(page);
        tabTo(page, "button Neue Maßnahme", "button", f -> f.text().equals("Neue Maßnahme"));
        page.keyboard().press("Enter");
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("#action-title")).isVisible();
        page.keyboard().press("Escape");
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("#action-title")).isHidden();
        assertThat(focus(page).text()).as("focus returns to the button that opened the dialog").isEqualTo("Neue Maßnahme");

        page.keyboard().press("Enter");
        BrowserSession.waitForVaadin(page);
        var title = "Per Tastatur erfasst " + UUID.randomUUID().toString().substring(0, 4);
        tabTo(page, "title field", "input", f -> isIn(page, "#action-title"));
        page.keyboard().type(title);
        tabTo(page, "owner field", "input", f -> isIn(page, "#action-owner"));
        page.keyboard().type("Markus");
        page.locator("vaadin-combo-box-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        tabTo(page, "deadline field", "input", f -> isIn(page, "#action-deadline"));
        page.keyboard().type(LocalDate.now(clock).plusDays(30).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        page.keyboard().press("Enter");
        tabTo(page, "button Speichern", "button", f -> f.id().equals("action-create"));
        page.keyboard().press("Enter");
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("h1")).containsText(title);
        BrowserSession.screenshot(page, "40-tastatur-neue-massnahme");

        assertThat(stops).as("every Tab stop shows its focus, and none is a dialog container")
                .noneMatch(stop -> stop.startsWith("INVISIBLE") || stop.startsWith("CONTAINER"));
        page.context().close();
    }

    record Focus(String tag, String id, String part, String text, String hosts, boolean visible, boolean container) {
    }

    private static Focus focus(Page page) {
        @SuppressWarnings("unchecked")
        var f = (java.util.Map<String, Object>) page.evaluate(FOCUS);
        return new Focus((String) f.get("tag"), (String) f.get("id"), (String) f.get("part"), (String) f.get("text"),
                (String) f.get("hosts"), Boolean.TRUE.equals(f.get("visible")), Boolean.TRUE.equals(f.get("container")));
    }

    private static boolean isIn(Page page, String selector) {
        return Boolean.TRUE.equals(page.evaluate("s => { const t = document.querySelector(s); "
                + "return !!t && t.contains(document.activeElement); }", selector));
    }

    /**
     * Starts the Tab order from the top of the page again, as after a page load; the browser then goes on from
     * wherever its sequential focus starting point is, and the Tab loop wraps round if need be.
     */
    private static void tabFromTop(Page page) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur && document.activeElement.blur(); "
                + "window.scrollTo(0, 0); }");
    }

    private void tabTo(Page page, String what, String kind, java.util.function.Predicate<Focus> wanted) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            var f = focus(page);
            var label = f.tag() + (f.id().isEmpty() ? "" : "#" + f.id()) + " '" + f.text() + "' in " + f.hosts();
            stops.add((f.container() ? "CONTAINER " : f.visible() ? "" : "INVISIBLE ") + label);
            if (wanted.test(f)) {
                return;
            }
        }
        throw new AssertionError("no Tab stop reached the " + what + " (" + kind + "); stops: " + stops);
    }
}
