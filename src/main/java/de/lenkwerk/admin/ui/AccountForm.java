package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.base.ui.ComponentTexts;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.security.AccountData;

import java.util.Optional;

/**
 * A user account: sign-in name, the person behind it and their organisation, and the administrator flag.
 * For a new account it also asks for the first password.
 */
class AccountForm extends Composite<FormLayout> {

    private final Binder<AccountData> binder = new Binder<>(AccountData.class);
    final TextField username = new TextField(getTranslation("account.username"));
    final TextField fullName = new TextField(getTranslation("account.full-name"));
    final EmailField email = new EmailField(getTranslation("account.email"));
    final OrganisationPicker organisation;
    final Checkbox administrator = new Checkbox(getTranslation("account.administrator"));
    final Checkbox enabled = new Checkbox(getTranslation("account.enabled"));
    final PasswordField password = new PasswordField(getTranslation("account.initial-password"));
    private final transient OrganisationService organisations;
    private final boolean isNew;

    AccountForm(OrganisationService organisations, boolean isNew) {
        this.organisations = organisations;
        this.isNew = isNew;
        organisation = new OrganisationPicker(getTranslation("account.organisation"), organisations);

        username.setId("account-username");
        fullName.setId("account-full-name");
        email.setId("account-email");
        password.setId("account-password");
        ComponentTexts.german(password);
        username.setMaxLength(AccountData.USERNAME_MAX);
        username.setReadOnly(!isNew);
        username.setHelperText(isNew ? getTranslation("account.username.help") : null);
        fullName.setMaxLength(200);
        email.setMaxLength(200);
        password.setHelperText(getTranslation("account.password.help", AccountData.PASSWORD_MIN, AccountData.PASSWORD_MAX));
        password.setMaxLength(AccountData.PASSWORD_MAX);
        password.setRequiredIndicatorVisible(true);

        var required = getTranslation("validation.required");
        binder.forField(username).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.length", 3, AccountData.USERNAME_MAX),
                        3, AccountData.USERNAME_MAX))
                .withValidator(new RegexpValidator(getTranslation("account.username.invalid"), AccountData.USERNAME_PATTERN))
                .bind("username");
        binder.forField(fullName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 0, 200))
                .bind("fullName");
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind("email");
        binder.forField(organisation)
                .withConverter(o -> o == null ? null : o.id(), this::organisationById)
                .bind("organisationId");
        binder.forField(administrator).bind("administrator");
        binder.forField(enabled).bind("enabled");

        var layout = getContent();
        layout.add(username, fullName, email, organisation, administrator, enabled);
        if (isNew) {
            layout.add(password);
        }
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    private OrganisationItem organisationById(Long id) {
        return id == null ? null : organisations.get(id).orElse(null);
    }

    void read(AccountData data) {
        binder.readRecord(data);
    }

    Optional<AccountData> write() {
        var passwordOk = !isNew || checkPassword();
        try {
            var data = binder.writeRecord();
            return passwordOk ? Optional.of(data) : Optional.empty();
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private boolean checkPassword() {
        var value = password.getValue();
        var ok = value != null && value.length() >= AccountData.PASSWORD_MIN;
        password.setInvalid(!ok);
        password.setErrorMessage(ok ? null : getTranslation("account.error.password-length", AccountData.PASSWORD_MIN));
        return ok;
    }

    String initialPassword() {
        return password.getValue();
    }

    void focus() {
        (isNew ? username : fullName).focus();
    }
}
