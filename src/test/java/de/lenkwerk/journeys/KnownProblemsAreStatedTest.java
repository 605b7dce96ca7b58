package de.lenkwerk.journeys;

import de.lenkwerk.base.ui.AccessibilityStatementView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every component problem the axe test lets pass is on the accessibility statement, in German and English. */
class KnownProblemsAreStatedTest {

    @Test
    void eachAxeExceptionIsListedOnTheStatementWithItsUpstreamIssue() throws IOException {
        assertThat(AccessibilityStatementView.KNOWN_PROBLEMS).hasSameSizeAs(Axe.KNOWN_PROBLEMS);
        for (var bundle : new String[]{"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            var texts = load(bundle);
            var stated = String.join("\n", AccessibilityStatementView.KNOWN_PROBLEMS.stream().map(texts::getProperty).toList());
            for (var problem : Axe.KNOWN_PROBLEMS) {
                assertThat(stated).as(bundle).contains(problem.upstream()).contains(problem.component());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = KnownProblemsAreStatedTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
