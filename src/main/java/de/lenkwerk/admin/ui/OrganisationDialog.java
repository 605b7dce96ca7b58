package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;

/** Creates or edits an organisation. A refused save keeps the dialog open with everything typed. */
class OrganisationDialog extends Dialog {

    private final OrganisationForm form = new OrganisationForm();
    private final FormErrors errors = new FormErrors();

    OrganisationDialog(OrganisationService organisations, OrganisationItem existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "organisation.new" : "organisation.edit"));
        setWidth("36em");
        form.read(existing == null ? OrganisationData.empty() : existing.toData());
        add(errors, form);

        var save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> {
            errors.attempt(() -> {
                if (existing == null) {
                    organisations.create(data);
                } else {
                    organisations.update(existing.id(), existing.version(), data);
                }
                close();
                onSaved.run();
            });
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focus();
            }
        });
    }
}
