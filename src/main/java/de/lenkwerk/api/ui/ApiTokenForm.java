package de.lenkwerk.api.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.api.ApiTokenScope;
import de.lenkwerk.api.NewApiToken;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Name, scope and expiry of a new token; the expiry lies between tomorrow and a year ahead. */
class ApiTokenForm extends Composite<FormLayout> {

    static final int DEFAULT_DAYS = 90;

    private final Binder<NewApiToken> binder = new Binder<>(NewApiToken.class);
    final TextField name = new TextField(getTranslation("api-token.name"));
    final EnumSelect<ApiTokenScope> scope = new EnumSelect<>(getTranslation("api-token.scope"), ApiTokenScope.class, false);
    final DatePicker expiresOn;

    ApiTokenForm(Clock clock) {
        var today = LocalDate.now(clock);
        expiresOn = DatePickers.create(getTranslation("api-token.expires-on"), clock);
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(today.plusDays(NewApiToken.MAX_DAYS));
        name.setMaxLength(NewApiToken.NAME_MAX);
        name.setHelperText(getTranslation("api-token.name.help"));
        scope.setHelperText(getTranslation("api-token.scope.help"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", NewApiToken.NAME_MAX),
                        0, NewApiToken.NAME_MAX))
                .bind("name");
        binder.forField(scope).asRequired(getTranslation("validation.required")).bind("scope");
        binder.forField(expiresOn).asRequired(getTranslation("validation.required"))
                .withValidator(d -> d.isAfter(today) && !d.isAfter(today.plusDays(NewApiToken.MAX_DAYS)),
                        getTranslation("api-token.error.expiry", NewApiToken.MAX_DAYS))
                .bind("expiresOn");
        clear(today);

        var layout = getContent();
        layout.add(name, scope, expiresOn);
        layout.setColspan(name, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    /** Starts over with a read-only token that lasts {@value #DEFAULT_DAYS} days. */
    void clear(LocalDate today) {
        binder.readRecord(new NewApiToken("", ApiTokenScope.READ, today.plusDays(DEFAULT_DAYS)));
    }

    Optional<NewApiToken> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
