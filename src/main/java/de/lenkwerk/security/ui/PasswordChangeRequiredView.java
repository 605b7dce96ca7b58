package de.lenkwerk.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lenkwerk.base.ui.ComponentTexts;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Component;

/**
 * Shown instead of any page while the signed-in user still has a generated password (the first administrator's,
 * or one an administrator reset): nothing else opens until it is replaced.
 */
@Route(value = PasswordChangeRequiredView.ROUTE, autoLayout = false)
@PermitAll
public class PasswordChangeRequiredView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "passwort-aendern";

    final PasswordField current = new PasswordField(getTranslation("account.change-password.current"));
    final PasswordField password = new PasswordField(getTranslation("account.change-password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("account.change-password.repeat"));
    final FormErrors errors = new FormErrors();
    private final transient AccountService accounts;

    PasswordChangeRequiredView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("lw-login");
        password.setHelperText(getTranslation("account.password.help", AccountData.PASSWORD_MIN,
                AccountData.PASSWORD_MAX));
        password.setMaxLength(AccountData.PASSWORD_MAX);
        current.setId("forced-current");
        password.setId("forced-new");
        repeat.setId("forced-repeat");
        ComponentTexts.german(current);
        ComponentTexts.german(password);
        ComponentTexts.german(repeat);
        var form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var save = new Button(getTranslation("signin.forced.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var card = new Div(new H1(getTranslation("signin.forced.title")),
                new Paragraph(getTranslation("signin.forced.text")), errors, form, save);
        card.addClassName("lw-login-card");
        add(card);
    }

    private void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("account.change-password.mismatch"));
            return;
        }
        repeat.setInvalid(false);
        if (errors.attempt(() -> accounts.changeOwnPassword(current.getValue(), password.getValue()))) {
            UI.getCurrent().navigate("");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.mustChangePassword()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.forced.title") + " · " + getTranslation("app.name");
    }

    /** Every navigation of a user with a generated password ends here, whatever address they typed. */
    @Component
    static class Guard implements VaadinServiceInitListener {

        private final AccountService accounts;

        Guard(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
        }

        private void check(BeforeEnterEvent event) {
            var target = event.getNavigationTarget();
            if (target == PasswordChangeRequiredView.class || target == LoginView.class) {
                return;
            }
            if (accounts.mustChangePassword()) {
                event.rerouteTo(PasswordChangeRequiredView.class);
            }
        }
    }
}
