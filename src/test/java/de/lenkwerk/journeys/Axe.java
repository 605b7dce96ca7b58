package de.lenkwerk.journeys;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * axe-core in the page under test, offline: the script comes from the classpath (the axe-core jar in the test
 * dependencies) and runs the WCAG 2.0/2.1 A and AA rules. A violation fails the journey unless it is one of the
 * {@link #KNOWN_PROBLEMS}, the component problems that the app cannot fix and that the accessibility statement lists
 * (see docs/adr/010-accessibility-testing.md).
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * A problem in a Vaadin component's own DOM that the app cannot reach. Each one names the upstream issue and is
     * listed on the accessibility statement (a11y.statement.problem.* in the bundles); keep this list short.
     */
    record KnownProblem(String rule, String targetContains, String component, String upstream) {

        boolean covers(Violation violation) {
            return violation.rule().equals(rule) && violation.target().contains(targetContains);
        }
    }

    static final List<KnownProblem> KNOWN_PROBLEMS = List.of(
            // a required Select puts aria-required on its inner value button (role=button), where ARIA does not allow
            // it; the statement lists it as a11y.statement.problem.select-required
            new KnownProblem("aria-allowed-attr", "vaadin-select-value-button", "Vaadin Select",
                    "vaadin/web-components#7337"));

    /** One failing element of one rule, on one named state of a screen. */
    record Violation(String state, String rule, String impact, String help, String target, String html) {

        @Override
        public String toString() {
            return "[" + state + "] " + rule + " (" + impact + "): " + help + "\n    at " + target + "\n    " + html;
        }
    }

    private static final String SOURCE = load();
    private static final AtomicInteger STATES_CHECKED = new AtomicInteger();

    private Axe() {
    }

    /** Runs axe on the settled page and fails on any violation that is not a known component problem. */
    static void check(Page page, String state) {
        var violations = scan(page, state);
        if (!violations.isEmpty()) {
            Assertions.fail(report(violations));
        }
    }

    /** The violations on the settled page, without the known component problems. */
    static List<Violation> scan(Page page, String state) {
        BrowserSession.waitForVaadin(page);
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        @SuppressWarnings("unchecked")
        var found = (List<Map<String, Object>>) page.evaluate("""
                async (tags) => {
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return result.violations.flatMap(v => v.nodes.map(n => ({
                    rule: v.id, impact: v.impact || '', help: v.help,
                    target: JSON.stringify(n.target), html: (n.html || '').substring(0, 240) })));
                }""", TAGS);
        STATES_CHECKED.incrementAndGet();
        return found.stream()
                .map(v -> new Violation(state, (String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("target"), (String) v.get("html")))
                .filter(v -> KNOWN_PROBLEMS.stream().noneMatch(known -> known.covers(v)))
                .toList();
    }

    static String report(List<Violation> violations) {
        return violations.size() + " axe violation(s) (" + String.join(", ", TAGS) + "):\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    /** How many states axe looked at in this JVM, for the test report. */
    static int statesChecked() {
        return STATES_CHECKED.get();
    }

    private static String load() {
        try (var in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (dependency "
                        + "com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
