package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

/**
 * The paper's title and purpose, changed by the secretariat. They belong to the paper, not to a version: the change
 * shows in every version and is in the paper's history.
 */
class PaperTitleDialog extends Dialog {

    PaperTitleDialog(PaperView view, PaperService papers, PaperDetail paper) {
        setHeaderTitle(getTranslation("paper.edit-title"));
        setWidth("36em");
        var errors = new FormErrors();
        var title = new TextField(getTranslation("paper.title"));
        title.setMaxLength(PaperData.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setValue(paper.title());
        title.setId("paper-edit-title");
        var purpose = new TextArea(getTranslation("paper.purpose"));
        purpose.setMaxLength(PaperData.PURPOSE_MAX);
        purpose.setWidthFull();
        purpose.setValue(paper.purpose() == null ? "" : paper.purpose());
        purpose.setId("paper-edit-purpose");
        add(errors, title, purpose);
        var save = new Button(getTranslation("action.save"), e -> {
            title.setErrorMessage(getTranslation("validation.required"));
            title.setInvalid(title.getValue().isBlank());
            if (title.isInvalid()) {
                title.focus();
                return;
            }
            var data = new PaperData(title.getValue(), purpose.getValue());
            if (errors.attempt(() -> view.changed(papers.update(paper.id(), paper.version(), data)))) {
                close();
                view.reload(paper.shown().number());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("paper-edit-title-save");
        title.addKeyDownListener(Key.ENTER, e -> save.click());
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                title.focus();
            }
        });
    }
}
