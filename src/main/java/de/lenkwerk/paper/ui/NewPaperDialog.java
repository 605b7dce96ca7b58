package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperItem;
import de.lenkwerk.paper.PaperService;

/** A new paper for a body: empty, or copied from a paper of another body as a template. */
class NewPaperDialog extends Dialog {

    NewPaperDialog(PaperService papers, long bodyId) {
        setHeaderTitle(getTranslation("paper.new"));
        setWidth("36em");
        var errors = new FormErrors();
        var title = new TextField(getTranslation("paper.title"));
        title.setMaxLength(PaperData.TITLE_MAX);
        title.setWidthFull();
        title.setId("paper-title");
        var purpose = new TextArea(getTranslation("paper.purpose"));
        purpose.setMaxLength(PaperData.PURPOSE_MAX);
        purpose.setWidthFull();
        var template = new Select<PaperItem>();
        template.setLabel(getTranslation("paper.template"));
        template.setItems(papers.visible().stream().filter(p -> p.bodyId() != bodyId).toList());
        template.setItemLabelGenerator(p -> p == null ? "" : p.title() + " (" + p.bodyName() + ")");
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("paper.template.none"));
        template.setWidthFull();
        template.setId("paper-template");
        add(errors, title, purpose, template);
        var create = new Button(getTranslation("paper.create"), e -> {
            var data = new PaperData(title.getValue(), purpose.getValue());
            long[] id = new long[1];
            if (errors.attempt(() -> id[0] = template.getValue() == null ? papers.create(bodyId, data).id()
                    : papers.copyAsTemplate(template.getValue().id(), bodyId, data).id())) {
                close();
                UI.getCurrent().navigate("papiere/" + id[0]);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("paper-create");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, create);
    }
}
