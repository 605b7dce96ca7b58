package de.lenkwerk.body.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;

import java.util.function.Consumer;

/** Creates or edits a body; a refused save keeps everything typed. */
class BodyDialog extends Dialog {

    final BodyForm form;
    final FormErrors errors = new FormErrors();
    final Button save;

    BodyDialog(BodyService bodies, BodyItem existing, Consumer<BodyItem> onSaved) {
        form = new BodyForm(bodies);
        setHeaderTitle(getTranslation(existing == null ? "body.new" : "body.edit"));
        setWidth("44em");
        form.read(existing == null ? BodyData.empty() : existing.toData());
        form.oparlPublic.setValue(existing != null && existing.oparlPublic());
        add(errors, form);
        save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> errors.attempt(() -> {
            var saved = existing == null ? bodies.create(data, form.oparlPublic.getValue())
                    : bodies.update(existing.id(), existing.version(), data, form.oparlPublic.getValue());
            close();
            onSaved.accept(saved);
        })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("body-save");
        save.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> form.focus());
    }
}
