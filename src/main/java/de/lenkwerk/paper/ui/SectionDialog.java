package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

/** Title and Markdown text of a section, with a live preview rendered the same safe way as the page. */
class SectionDialog extends Dialog {

    private final FormErrors errors;

    SectionDialog(PaperView view, PaperService papers, PaperDetail paper, PaperContent.Section section) {
        setHeaderTitle(section.heading());
        setWidth("56em");
        errors = new FormErrors();
        var title = new TextField(getTranslation("paper.section.title"));
        title.setValue(section.title());
        title.setMaxLength(PaperData.SECTION_TITLE_MAX);
        title.setWidthFull();
        var text = new TextArea(getTranslation("paper.section.text"));
        text.setValue(section.text() == null ? "" : section.text());
        text.setMaxLength(PaperData.SECTION_TEXT_MAX);
        text.setHelperText(getTranslation("paper.section.text.help"));
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setId("paper-section-text");
        var matrix = new Checkbox(getTranslation("paper.section.matrix"), section.matrix());
        var preview = new Div();
        preview.addClassName("lw-paper-preview");
        Runnable update = () -> {
            preview.removeAll();
            preview.add(PaperMarkdown.component(text.getValue()));
        };
        update.run();
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> update.run());
        add(errors, title, text, matrix, preview);
        var save = new Button(getTranslation("action.save"), e -> {
            if (errors.attempt(() -> papers.editSection(paper.id(), paper.version(), section.key(), title.getValue(),
                    text.getValue(), matrix.getValue()))) {
                close();
                view.reload(null);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("paper-section-save");
        var remove = new Button(getTranslation("paper.section.remove"), e -> {
            if (errors.attempt(() -> papers.removeSection(paper.id(), paper.version(), section.key()))) {
                close();
                view.reload(null);
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var up = move("paper.section.up", com.vaadin.flow.component.icon.VaadinIcon.ARROW_UP, true, view, papers,
                paper, section);
        var down = move("paper.section.down", com.vaadin.flow.component.icon.VaadinIcon.ARROW_DOWN, false, view,
                papers, paper, section);
        getFooter().add(up, down);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(remove, cancel, save);
    }

    /** Moves the section before or after its neighbour on the same level; the numbers follow. */
    private Button move(String key, com.vaadin.flow.component.icon.VaadinIcon icon, boolean up, PaperView view,
                        PaperService papers, PaperDetail paper, PaperContent.Section section) {
        var button = new Button(getTranslation(key), icon.create(), e -> {
            if (errors.attempt(() -> papers.moveSection(paper.id(), paper.version(), section.key(), up))) {
                close();
                view.reload(null);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(up ? "paper-section-up" : "paper-section-down");
        return button;
    }
}
