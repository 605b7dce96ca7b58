package de.lenkwerk.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import de.lenkwerk.base.ui.ComponentTexts;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.UserMenuEntry;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import org.springframework.stereotype.Component;

/** Every user can change their own password from the user menu. */
class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField(getTranslation("account.change-password.current"));
    final PasswordField password = new PasswordField(getTranslation("account.change-password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("account.change-password.repeat"));
    final FormErrors errors = new FormErrors();

    ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle(getTranslation("nav.change-password"));
        setWidth("26em");
        password.setHelperText(getTranslation("account.password.help", AccountData.PASSWORD_MIN, AccountData.PASSWORD_MAX));
        password.setMaxLength(AccountData.PASSWORD_MAX);
        ComponentTexts.german(current);
        ComponentTexts.german(password);
        ComponentTexts.german(repeat);
        var form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(errors, form);

        var save = new Button(getTranslation("action.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.change-password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            if (errors.attempt(() -> accounts.changeOwnPassword(current.getValue(), password.getValue()))) {
                close();
                Notification.show(getTranslation("account.change-password.done"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> current.focus());
    }

    @Component
    static class MenuEntry implements UserMenuEntry {

        private final AccountService accounts;

        MenuEntry(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public String titleKey() {
            return "nav.change-password";
        }

        @Override
        public void open(UI ui) {
            new ChangePasswordDialog(accounts).open();
        }
    }
}
