package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.statusround.StatusRoundItem;
import de.lenkwerk.statusround.StatusRoundService;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.Consumer;

/** Starts a status round: for which upcoming meeting, and by when owners should answer. */
class StartRoundDialog extends Dialog {

    /** Owners answer a few days before the meeting, so the secretariat can prepare the agenda item. */
    static final int DAYS_BEFORE_MEETING = 3;

    final Select<MeetingItem> meeting = new Select<>();
    final DatePicker answerBy;
    final FormErrors errors = new FormErrors();
    final Button start;

    StartRoundDialog(StatusRoundService rounds, MeetingService meetings, long bodyId, Consumer<StatusRoundItem> onStarted,
                     Clock clock) {
        answerBy = DatePickers.create(getTranslation("statusround.start.answer-by"), clock);
        setHeaderTitle(getTranslation("statusround.start"));
        setWidth("34em");
        var locale = UI.getCurrent().getLocale();
        var now = LocalDateTime.now(clock);
        // a body has a handful of meetings a year; the newest 50 surely hold every planned upcoming one
        var upcoming = meetings.forBody(bodyId, PageRequest.of(0, 50)).stream()
                .filter(m -> m.state() == MeetingState.PLANNED && m.startsAt().isAfter(now))
                .sorted(Comparator.comparing(MeetingItem::startsAt)).toList();
        meeting.setLabel(getTranslation("statusround.start.meeting"));
        meeting.setItems(upcoming);
        meeting.setEmptySelectionAllowed(true);
        meeting.setEmptySelectionCaption(getTranslation("statusround.start.no-meeting"));
        meeting.setItemLabelGenerator(m -> m == null ? getTranslation("statusround.start.no-meeting")
                : m.title() + " · " + Formats.dateTime(m.startsAt(), locale));
        meeting.setId("statusround-meeting");
        answerBy.setId("statusround-answer-by");
        answerBy.setMin(LocalDate.now(clock));
        meeting.addValueChangeListener(e -> answerBy.setValue(defaultAnswerBy(e.getValue(), LocalDate.now(clock))));
        if (!upcoming.isEmpty()) {
            meeting.setValue(upcoming.getFirst());
        } else {
            answerBy.setValue(defaultAnswerBy(null, LocalDate.now(clock)));
        }
        var form = new FormLayout(meeting, answerBy);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var hint = new Paragraph(getTranslation("statusround.start.hint"));
        hint.addClassName("lw-muted");
        add(errors, form, hint);
        start = new Button(getTranslation("statusround.start"), e -> {
            answerBy.setInvalid(answerBy.isEmpty());
            answerBy.setErrorMessage(getTranslation("validation.date"));
            if (answerBy.isEmpty()) {
                return;
            }
            var selected = meeting.getValue();
            var started = new StatusRoundItem[1];
            if (errors.attempt(() -> started[0] = rounds.start(bodyId, selected == null ? null : selected.id(),
                    answerBy.getValue()))) {
                Notifications.saved(getTranslation("statusround.started", started[0].asked()));
                close();
                onStarted.accept(started[0]);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("statusround-start-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }

    static LocalDate defaultAnswerBy(MeetingItem meeting, LocalDate today) {
        if (meeting == null) {
            return today.plusDays(7);
        }
        var date = meeting.startsAt().toLocalDate().minusDays(DAYS_BEFORE_MEETING);
        return date.isBefore(today) ? today : date;
    }
}
