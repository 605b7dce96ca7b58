package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.PersonPicker;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Turns a section or a row into an action of the body: title, owner, deadline; the source is set by the service. */
class PaperActionDialog extends Dialog {

    PaperActionDialog(PaperService papers, PersonService people, PaperDetail paper, PaperContent.Section section,
                      PaperContent.Row row, Clock clock) {
        setHeaderTitle(getTranslation("paper.to-action.title"));
        setWidth("36em");
        var errors = new FormErrors();
        var title = new TextField(getTranslation("action.title"));
        title.setValue(row == null ? section.title() : row.task());
        title.setMaxLength(ActionData.TITLE_MAX);
        title.setWidthFull();
        title.setId("paper-action-title");
        var owner = new PersonPicker(getTranslation("action.owner"), people);
        owner.setWidthFull();
        owner.setId("paper-action-owner");
        var deadline = DatePickers.create(getTranslation("action.deadline"), clock);
        deadline.setValue(LocalDate.now(clock).plusMonths(3));
        deadline.setId("paper-action-deadline");
        add(new Paragraph(getTranslation("paper.to-action.source", paper.title(), paper.shown().number(),
                section.heading() + (row == null ? "" : ": " + row.task()))), errors, title, owner, deadline);
        var create = new Button(getTranslation("paper.to-action.create"), e -> {
            if (owner.isEmpty()) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            var data = new ActionData(title.getValue(), null, owner.getValue().id(), owner.getValue().organisationId(),
                    null, Set.of(), LocalDate.now(clock), deadline.getValue(), ActionStatus.PLANNED, 0, null, null, null,
                    null);
            long[] id = new long[1];
            if (errors.attempt(() -> id[0] = papers.createAction(paper.id(), paper.shown().number(), section.key(),
                    row == null ? null : row.key(), data))) {
                close();
                UI.getCurrent().navigate("massnahmen/" + id[0]);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("paper-action-create");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, create);
    }
}
