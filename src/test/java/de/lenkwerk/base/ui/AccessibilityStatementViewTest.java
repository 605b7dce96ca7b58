package de.lenkwerk.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.AccessibilitySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
class AccessibilityStatementViewTest extends SpringBrowserlessTest {

    @Autowired
    AccessibilitySettings configured;
    @Autowired
    AuthenticationContext authentication;

    @Test
    void withoutAConfiguredContactTheStatementSaysWhomToAskInstead() {
        var view = navigate(AccessibilityStatementView.class);

        assertThat(configured.hasContact()).isFalse();
        assertThat($(Paragraph.class, view).withId("a11y-contact").single().getText())
                .startsWith("Die Administration dieser Installation hat noch keine Kontaktstelle eingetragen");
        assertThat($(Paragraph.class, view).withId("a11y-arbitration").single().getText())
                .contains("Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz");
        assertThat($(ListItem.class, view).all()).hasSize(AccessibilityStatementView.KNOWN_PROBLEMS.size())
                .allSatisfy(problem -> assertThat(problem.getText()).contains("vaadin/web-components#"));
        assertThat($(Anchor.class, view).all()).anySatisfy(link -> assertThat(link.getHref()).isEqualTo("login"));
    }

    @Test
    void theContactTheAdministratorConfiguredIsShownWithItsMailAddress() {
        var settings = new AccessibilitySettings("Bürgerbüro der Stadtverwaltung, Zimmer 12", "barrierefrei@example.org",
                "Ombudsstelle Musterland", null, null, LocalDate.of(2026, 11, 30));
        var view = new AccessibilityStatementView(settings, authentication);

        var contact = view.getChildren().findFirst().orElseThrow().getChildren()
                .filter(c -> c.getId().filter("a11y-contact"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(contact.getElement().getTextRecursively()).contains("Bürgerbüro der Stadtverwaltung, Zimmer 12")
                .contains("barrierefrei@example.org");
        assertThat(view.getElement().getTextRecursively()).contains("Ombudsstelle Musterland")
                .contains("30. November 2026").doesNotContain("Durchsetzungsverfahren");
    }
}
