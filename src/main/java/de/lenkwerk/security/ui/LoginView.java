package de.lenkwerk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkwerk.base.DemoMode;
import de.lenkwerk.base.ui.AccessibilityStatementView;
import de.lenkwerk.base.ui.ComponentTexts;
import de.lenkwerk.base.ui.DemoBadge;
import de.lenkwerk.base.ui.LanguageSelect;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext, DemoMode demoMode) {
        this.authenticationContext = authenticationContext;
        addClassName("lw-login");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));
        ComponentTexts.revealTextOfLoginForm(login);

        var logo = new Span("L");
        logo.addClassName("lw-logo");
        var title = new H1(getTranslation("app.name"));
        var claim = new Paragraph(getTranslation("login.claim"));
        claim.addClassName("lw-login-claim");
        var brand = new Div(logo, title);
        brand.addClassName("lw-login-brand");

        var card = new Div(brand, claim, login);
        card.addClassName("lw-login-card");
        if (demoMode.isEnabled()) {
            var hint = new Div(new DemoBadge(), new Span(getTranslation("login.demo-hint")));
            hint.addClassName("lw-login-demo");
            card.add(hint);
        }
        var language = new LanguageSelect();
        var statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("a11y.link"));
        var footer = new Div(statement, language);
        footer.addClassName("lw-login-footer");
        card.add(footer);
        add(card);
    }

    private LoginI18n i18n(String errorKey) {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword("");
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        var key = errorKey == null ? "login.error.bad-credentials" : errorKey;
        error.setTitle(getTranslation(key + ".title"));
        error.setMessage(getTranslation(key + ".text"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // one message for every refusal (unknown name, wrong password, disabled, locked): it tells nobody which
            login.setI18n(i18n("login.error.bad-credentials"));
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
