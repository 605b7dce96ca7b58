package de.lenkwerk.body.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.organisation.ui.PersonPicker;

import java.time.Clock;
import java.time.LocalDate;

/** Adds a member (an existing person, or a new one typed in) or edits a membership's role and dates. */
class MembershipDialog extends Dialog {

    final PersonPicker person;
    final TextField newName = new TextField(getTranslation("membership.new-person.name"));
    final EmailField newEmail = new EmailField(getTranslation("membership.new-person.email"));
    final OrganisationPicker organisation;
    final EnumSelect<MembershipRole> role = new EnumSelect<>(getTranslation("membership.role"), MembershipRole.class, false);
    final DatePicker validFrom;
    final DatePicker validTo;
    final FormErrors errors = new FormErrors();
    final Button save;
    /** Only when editing an existing membership. */
    final Button remove;

    MembershipDialog(BodyService bodies, PersonService people, OrganisationService organisations, long bodyId,
                     MembershipItem existing, Runnable onSaved, Clock clock) {
        validFrom = DatePickers.create(getTranslation("membership.valid-from"), clock);
        validTo = DatePickers.create(getTranslation("membership.valid-to"), clock);
        setHeaderTitle(getTranslation(existing == null ? "membership.add" : "membership.edit"));
        setWidth("40em");
        person = new PersonPicker(getTranslation("membership.person"), people);
        person.setId("member-person");
        newName.setId("member-new-name");
        organisation = new OrganisationPicker(getTranslation("membership.organisation"), organisations);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null && organisation.isEmpty() && e.getValue().organisationId() != null) {
                organisation.selectById(e.getValue().organisationId(), organisations);
            }
        });
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        if (existing == null) {
            form.add(person, 2);
            form.add(newName, newEmail);
            role.setValue(MembershipRole.MEMBER);
            validFrom.setValue(LocalDate.now(clock));
        } else {
            person.setVisible(false);
            role.setValue(existing.role());
            validFrom.setValue(existing.validFrom());
            validTo.setValue(existing.validTo());
            organisation.selectById(existing.organisationId(), organisations);
        }
        form.add(organisation, role, validFrom, validTo);
        add(errors, form);

        save = new Button(getTranslation("action.save"), e -> {
            if (role.isEmpty()) {
                role.setInvalid(true);
                role.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            var data = new MembershipData(organisation.getValue() == null ? null : organisation.getValue().id(),
                    role.getValue(), validFrom.getValue(), validTo.getValue());
            if (errors.attempt(() -> {
                if (existing == null) {
                    var newPerson = newName.isEmpty() ? null : new PersonData(newName.getValue(), newEmail.getValue(),
                            data.organisationId());
                    bodies.addMember(bodyId, person.getValue() == null ? null : person.getValue().id(), newPerson, data);
                } else {
                    bodies.updateMember(existing.id(), existing.version(), data);
                }
            })) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        if (existing != null) {
            // for an entry made by mistake; someone who left gets an end date instead and stays in the list
            remove = new Button(getTranslation("membership.remove"), e -> {
                if (errors.attempt(() -> bodies.removeMember(existing.id(), existing.version()))) {
                    close();
                    onSaved.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("member-remove");
            remove.setTooltipText(getTranslation("membership.remove.help"));
            getFooter().addComponentAsFirst(remove);
        } else {
            remove = null;
        }
    }
}
