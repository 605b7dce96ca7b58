package de.lenkwerk.meeting.ui;

import java.time.Clock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingService;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The minutes notes of one agenda item, saved while the secretariat types (shortly after the last key stroke and
 * when leaving the field), so that nothing is lost on a dropped connection or a reload. A refused save is shown and
 * the text stays in the field; the next key stroke tries again. Notes someone else saved meanwhile are never
 * overwritten: the save is refused and says so.
 */
public class AgendaNotesEditor extends Div {

    private final transient MeetingService meetings;
    private final AgendaEntry entry;
    private final TextArea notes = new TextArea();
    private final Span status = new Span();
    private final FormErrors errors = new FormErrors();
    private String saved;
    private final transient Clock clock;

    public AgendaNotesEditor(MeetingService meetings, AgendaEntry entry, boolean canManage, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.entry = entry;
        addClassName("lw-agenda-notes");
        notes.setLabel(getTranslation("meeting.agenda.notes"));
        notes.setValue(entry.notes() == null ? "" : entry.notes());
        notes.setMaxLength(AgendaEntry.NOTES_MAX);
        notes.setWidthFull();
        notes.setReadOnly(!canManage);
        notes.setValueChangeMode(ValueChangeMode.LAZY);
        notes.setValueChangeTimeout(700);
        notes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        notes.addBlurListener(e -> save());
        saved = notes.getValue();
        status.addClassName("lw-muted");
        status.addClassName("lw-save-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(errors, notes, status);
    }

    public AgendaEntry entry() {
        return entry;
    }

    public TextArea field() {
        return notes;
    }

    /** Saves what is in the field unless it is saved already. */
    public void save() {
        var text = notes.getValue();
        if (notes.isReadOnly() || text.equals(saved)) {
            return;
        }
        if (errors.attempt(() -> meetings.saveAgendaNotes(entry.id(), saved, text))) {
            saved = text;
            status.setText(getTranslation("agenda.saved",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(LocalTime.now(clock))));
        } else {
            status.setText("");
        }
    }
}
