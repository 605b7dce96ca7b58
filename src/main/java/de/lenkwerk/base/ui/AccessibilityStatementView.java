package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkwerk.base.AccessibilitySettings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The accessibility statement that BITV 2.0 asks of public bodies: state of conformity, known problems, feedback
 * contact and arbitration body. Open to everyone, signed in or not, and linked from the sign-in page and the frame.
 * The known problems are the component exceptions of the axe test (journeys/Axe.java): change both together.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "barrierefreiheit";

    /** Bundle keys of the known problems, one per component exception of the axe test. */
    public static final List<String> KNOWN_PROBLEMS = List.of("a11y.statement.problem.select-required");

    AccessibilityStatementView(AccessibilitySettings settings, AuthenticationContext authentication) {
        addClassName("lw-statement");
        var back = authentication.isAuthenticated()
                ? new Anchor("", getTranslation("error.not-found.home"))
                : new Anchor("login", getTranslation("a11y.statement.to-login"));
        back.addClassName("lw-back-link");
        var top = new Div(back, new LanguageSelect());
        top.addClassName("lw-statement-top");

        var page = new Div(top, new H1(getTranslation("a11y.statement.title")),
                new Paragraph(getTranslation("a11y.statement.scope")));
        page.addClassName("lw-statement-card");

        page.add(new H2(getTranslation("a11y.statement.conformity.title")),
                new Paragraph(getTranslation("a11y.statement.conformity.text")));

        var problems = new UnorderedList();
        KNOWN_PROBLEMS.forEach(key -> problems.add(new ListItem(getTranslation(key))));
        page.add(new H2(getTranslation("a11y.statement.problems.title")),
                new Paragraph(getTranslation("a11y.statement.problems.text")), problems);

        page.add(new H2(getTranslation("a11y.statement.method.title")),
                new Paragraph(getTranslation("a11y.statement.method.text")));
        if (settings.reviewed() != null) {
            page.add(new Paragraph(getTranslation("a11y.statement.reviewed", settings.reviewed()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())))));
        }

        page.add(new H2(getTranslation("a11y.statement.feedback.title")),
                new Paragraph(getTranslation("a11y.statement.feedback.text")));
        if (settings.hasContact()) {
            var contact = new Div();
            contact.setId("a11y-contact");
            contact.addClassName("lw-statement-contact");
            if (settings.contact() != null && !settings.contact().isBlank()) {
                contact.add(new Paragraph(settings.contact()));
            }
            if (settings.contactEmail() != null && !settings.contactEmail().isBlank()) {
                contact.add(new Paragraph(new Anchor("mailto:" + settings.contactEmail(), settings.contactEmail())));
            }
            page.add(contact);
        } else {
            var missing = new Paragraph(getTranslation("a11y.statement.feedback.not-configured"));
            missing.setId("a11y-contact");
            page.add(missing);
        }

        page.add(new H2(getTranslation("a11y.statement.arbitration.title")),
                new Paragraph(getTranslation("a11y.statement.arbitration.text")));
        if (settings.arbitrationBody() != null && !settings.arbitrationBody().isBlank()) {
            var body = new Paragraph(settings.arbitrationBody());
            body.setId("a11y-arbitration");
            page.add(body);
            if (settings.arbitrationUrl() != null && !settings.arbitrationUrl().isBlank()) {
                page.add(new Paragraph(new Anchor(settings.arbitrationUrl(), settings.arbitrationUrl())));
            }
        }
        if (settings.enforcementBody() != null && !settings.enforcementBody().isBlank()) {
            page.add(new Paragraph(getTranslation("a11y.statement.enforcement.text", settings.enforcementBody())));
        }
        add(page);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.statement.title") + " · " + getTranslation("app.name");
    }
}
