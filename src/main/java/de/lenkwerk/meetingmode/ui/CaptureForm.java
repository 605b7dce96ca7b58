package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.ui.ActionRecorded;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.PersonPicker;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The live capture of agreements, used on the meeting page and in meeting mode: title, owner (found by typing),
 * deadline and optionally a first indicator with target; Enter saves, clears and starts the next one. Each action is
 * linked to the meeting and the chosen agenda item. A refused or failed save keeps everything typed.
 */
class CaptureForm extends Div {

    private final transient ActionService actions;
    private final transient Clock clock;

    final ComboBox<AgendaEntry> agendaItem = new ComboBox<>(getTranslation("action.source-agenda-item"));
    final TextField title = new TextField(getTranslation("action.title"));
    final PersonPicker owner;
    final DatePicker deadline;
    final TextField indicator = new TextField(getTranslation("capture.indicator"));
    final BigDecimalField target = new BigDecimalField(getTranslation("indicator.target"));
    final FormErrors errors = new FormErrors();
    final Div recorded = new Div();
    final Button save = new Button(getTranslation("capture.save"));

    CaptureForm(ActionService actions, MeetingService meetings, PersonService people, MeetingItem meeting, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        deadline = DatePickers.create(getTranslation("action.deadline"), clock);
        this.owner = new PersonPicker(getTranslation("action.owner"), people);
        addClassName("lw-capture");
        var hint = new Span(getTranslation("capture.hint"));
        hint.addClassName("lw-muted");
        agendaItem.setItems(meetings.agenda(meeting.id()));
        agendaItem.setItemLabelGenerator(e -> getTranslation("agenda.item.label", e.number(), e.title()));
        agendaItem.setClearButtonVisible(true);
        agendaItem.setId("capture-agenda");
        title.setId("capture-title");
        title.setMaxLength(ActionData.TITLE_MAX);
        title.setWidth("24em");
        owner.setId("capture-owner");
        deadline.setId("capture-deadline");
        indicator.setId("capture-indicator");
        target.setId("capture-target");
        save.addClickListener(e -> save(meeting));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("capture-save");
        // Enter saves from the text fields and the date; in the owner picker Enter chooses the person
        save.addClickShortcut(Key.ENTER).listenOn(title, deadline, indicator, target);
        var row = new Div(agendaItem, title, owner, deadline, indicator, target, save);
        row.addClassName("lw-filters");
        recorded.addClassName("lw-recent");
        add(hint, errors, row, recorded);
        title.focus();
    }

    private void save(MeetingItem meeting) {
        title.setInvalid(title.isEmpty());
        title.setErrorMessage(getTranslation("validation.required"));
        owner.setInvalid(owner.isEmpty());
        owner.setErrorMessage(getTranslation("validation.required"));
        deadline.setInvalid(deadline.isEmpty());
        deadline.setErrorMessage(getTranslation("validation.date"));
        var withIndicator = !indicator.isEmpty() || target.getValue() != null;
        target.setInvalid(withIndicator && target.getValue() == null);
        target.setErrorMessage(getTranslation("validation.number"));
        if (title.isInvalid() || owner.isInvalid() || deadline.isInvalid() || target.isInvalid()) {
            return;
        }
        var data = new ActionData(title.getValue(), null, owner.getValue().id(), owner.getValue().organisationId(), null,
                Set.of(), LocalDate.now(clock), deadline.getValue(), ActionStatus.PLANNED, 0, meeting.id(),
                agendaItem.getValue() == null ? null : agendaItem.getValue().id(), null, null);
        var first = withIndicator ? new IndicatorData(
                indicator.isEmpty() ? title.getValue() : indicator.getValue(), getTranslation("capture.unit"),
                BigDecimal.ZERO, LocalDate.now(clock), target.getValue(),
                deadline.getValue().isAfter(LocalDate.now(clock)) ? deadline.getValue() : LocalDate.now(clock).plusDays(1),
                target.getValue().signum() >= 0 ? IndicatorDirection.UP : IndicatorDirection.DOWN) : null;
        var created = new de.lenkwerk.action.ActionDetail[1];
        if (errors.attempt(() -> created[0] = actions.create(meeting.bodyId(), data, first))) {
            var item = new Span(created[0].number() + " · " + created[0].title() + " · " + created[0].ownerName());
            recorded.addComponentAsFirst(new Div(item));
            title.clear();
            owner.clear();
            deadline.clear();
            indicator.clear();
            target.clear();
            title.focus();
            ComponentUtil.fireEvent(UI.getCurrent(), new ActionRecorded(UI.getCurrent()));
        }
    }

    /** The agenda item new agreements are linked to, e.g. the one the meeting is discussing right now. */
    void selectAgendaItem(Long agendaItemId) {
        agendaItem.getListDataView().getItems().filter(e -> e.id().equals(agendaItemId)).findFirst()
                .ifPresent(agendaItem::setValue);
    }

    void focusTitle() {
        title.focus();
    }
}
