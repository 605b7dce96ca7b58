package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;

/** "Beschließen": the date and, where there is one, the meeting. A draft that breaks the rule is refused with why. */
class AdoptDialog extends Dialog {

    AdoptDialog(PaperView view, PaperService papers, MeetingService meetings, PaperDetail paper, Clock clock) {
        setHeaderTitle(getTranslation("paper.adopt.title", paper.shown().number()));
        setWidth("34em");
        var errors = new FormErrors();
        var date = DatePickers.create(getTranslation("paper.adopt.date"), clock);
        date.setValue(LocalDate.now(clock));
        date.setId("paper-adopt-date");
        var meeting = new ComboBox<MeetingItem>(getTranslation("paper.adopt.meeting"));
        meeting.setItems(meetings.forBody(paper.bodyId(), PageRequest.of(0, 50)));
        meeting.setItemLabelGenerator(m -> m.title() + " (" + Formats.date(m.startsAt().toLocalDate(), getLocale()) + ")");
        meeting.setClearButtonVisible(true);
        meeting.setWidthFull();
        add(new Paragraph(getTranslation("paper.adopt.hint")), errors, date, meeting);
        var adopt = new Button(getTranslation("paper.adopt"), e -> {
            if (errors.attempt(() -> papers.adopt(paper.id(), paper.version(), date.getValue(),
                    meeting.getValue() == null ? null : meeting.getValue().id()))) {
                close();
                view.reload(null);
            }
        });
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setId("paper-adopt-confirm");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, adopt);
    }
}
