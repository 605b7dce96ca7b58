package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationType;

import java.util.Optional;

/** Edits an organisation's name, short name, type and whether it is active. */
class OrganisationForm extends Composite<FormLayout> {

    private final Binder<OrganisationData> binder = new Binder<>(OrganisationData.class);
    final TextField name = new TextField(getTranslation("organisation.name"));
    final TextField shortName = new TextField(getTranslation("organisation.short-name"));
    final Select<OrganisationType> type = new Select<>();
    final Checkbox active = new Checkbox(getTranslation("organisation.active"));

    OrganisationForm() {
        type.setLabel(getTranslation("organisation.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation(EnumLabels.key(t)));
        name.setMaxLength(OrganisationData.NAME_MAX);
        shortName.setMaxLength(OrganisationData.SHORT_NAME_MAX);
        shortName.setHelperText(getTranslation("organisation.short-name.help"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.max-length", OrganisationData.NAME_MAX), 0, OrganisationData.NAME_MAX))
                .bind("name");
        binder.forField(shortName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.max-length", OrganisationData.SHORT_NAME_MAX), 0,
                        OrganisationData.SHORT_NAME_MAX))
                .bind("shortName");
        binder.forField(type).asRequired(getTranslation("validation.required")).bind("type");
        binder.forField(active).bind("active");

        var layout = getContent();
        layout.add(name, shortName, type, active);
        layout.setColspan(name, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    void read(OrganisationData data) {
        binder.readRecord(data);
    }

    /** The entered data when valid; otherwise the fields show their errors and nothing is returned. */
    Optional<OrganisationData> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (com.vaadin.flow.data.binder.ValidationException e) {
            return Optional.empty();
        }
    }

    void focus() {
        name.focus();
    }
}
