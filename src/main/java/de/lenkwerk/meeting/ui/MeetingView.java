package de.lenkwerk.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.base.ui.ReportDownloadButton;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.meeting.ParticipantItem;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.List;

/** A meeting: its details and minutes, who attended, the agenda, and the actions agreed in it. */
@Route("sitzungen")
@PermitAll
public class MeetingView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient BodyService bodies;
    private final transient List<MeetingPageSection> sections;
    private final transient List<MeetingPageAction> pageActions;
    private final transient Clock clock;
    private MeetingItem meeting;

    final TextField title = new TextField(getTranslation("meeting.title"));
    final com.vaadin.flow.component.datetimepicker.DateTimePicker startsAt =
            DatePickers.createDateTime(getTranslation("meeting.starts-at"));
    final TextField place = new TextField(getTranslation("meeting.place"));
    final EnumSelect<MeetingState> state = new EnumSelect<>(getTranslation("meeting.state"), MeetingState.class, false);
    final TextArea minutes = new TextArea(getTranslation("meeting.minutes"));
    final FormErrors errors = new FormErrors();
    final Div agenda = new Div();
    final TextField newAgendaItem = new TextField();

    MeetingView(MeetingService meetings, BodyService bodies, List<MeetingPageSection> sections,
                List<MeetingPageAction> pageActions, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.bodies = bodies;
        this.sections = sections;
        this.pageActions = pageActions;
        addClassName("lw-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!RecordPages.load(event, () -> meetings.get(id), loaded -> meeting = loaded)) {
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var canManage = bodies.canManage(meeting.bodyId());
        var body = bodies.get(meeting.bodyId());
        var back = new Anchor("gremien/" + body.id(), body.name());
        back.addClassName("lw-back-link");
        var report = new ReportDownloadButton(() -> java.util.Map.of("sitzung", meeting.id().toString()), clock);
        var header = new java.util.ArrayList<com.vaadin.flow.component.Component>();
        pageActions.stream().sorted(java.util.Comparator.comparingInt(MeetingPageAction::order))
                .forEach(action -> action.create(meeting, canManage).ifPresent(header::add));
        header.add(report);
        add(back, new ViewHeader(meeting.title(), getTranslation(EnumLabels.key(meeting.state())),
                header.toArray(com.vaadin.flow.component.Component[]::new)));

        title.setMaxLength(MeetingData.TITLE_MAX);
        place.setMaxLength(MeetingData.PLACE_MAX);
        minutes.setMaxLength(MeetingData.MINUTES_MAX);
        minutes.setMinHeight("8em");
        minutes.setId("meeting-minutes");
        title.setValue(meeting.title());
        startsAt.setValue(meeting.startsAt());
        place.setValue(meeting.place() == null ? "" : meeting.place());
        // the state moves only along planned → held → minutes approved; reopening has its own button
        state.setItems(meeting.state().reachable());
        state.setValue(meeting.state());
        minutes.setValue(meeting.minutes() == null ? "" : meeting.minutes());
        var form = new FormLayout(title, startsAt, place, state, minutes);
        form.setColspan(minutes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        save.setVisible(canManage);
        List.of(title, place, minutes).forEach(f -> f.setReadOnly(!canManage));
        startsAt.setReadOnly(!canManage);
        state.setReadOnly(!canManage);
        var reopen = new Button(getTranslation("meeting.reopen"), VaadinIcon.UNLOCK.create(), e -> reopenDialog());
        reopen.setId("meeting-reopen");
        reopen.setVisible(canManage && meeting.state() == MeetingState.MINUTES_APPROVED);
        var details = new Div(errors, form, new Div(save, reopen));
        details.addClassName("lw-card");

        var sides = new Div(details, participants(canManage));
        sides.addClassName("lw-two-columns");
        add(sides, agendaCard(canManage));
        for (var section : sections.stream().sorted(java.util.Comparator.comparingInt(MeetingPageSection::order)).toList()) {
            if (!section.visibleFor(canManage)) {
                continue;
            }
            var card = new Div(new H2(getTranslation(section.titleKey())), section.create(meeting, canManage));
            card.addClassName("lw-card");
            add(card);
        }
        var meetingId = meeting.id();
        var history = new de.lenkwerk.history.ui.HistoryGrid(de.lenkwerk.history.RecordType.MEETING,
                p -> meetings.history(meetingId, p), () -> meetings.countHistory(meetingId));
        history.setId("meeting-history");
        var historyCard = new Div(new H2(getTranslation("history.title")), history);
        historyCard.addClassName("lw-card");
        add(historyCard);
    }

    /** Approved minutes are opened again only with a reason, which the history keeps. */
    private void reopenDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog(getTranslation("meeting.reopen"));
        var reason = new TextArea(getTranslation("meeting.reopen-reason"));
        reason.setId("meeting-reopen-reason");
        reason.setMaxLength(MeetingService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var dialogErrors = new FormErrors();
        dialog.add(new Paragraph(getTranslation("meeting.reopen-hint")), dialogErrors, reason);
        dialog.setWidth("32em");
        var confirm = new Button(getTranslation("meeting.reopen"), e -> {
            if (dialogErrors.attempt(() -> meeting = meetings.reopenMinutes(meeting.id(), meeting.version(),
                    reason.getValue()))) {
                dialog.close();
                Notifications.saved(getTranslation("meeting.reopened"));
                render();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("meeting-reopen-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void save() {
        if (title.isEmpty() || startsAt.isEmpty()) {
            title.setInvalid(title.isEmpty());
            title.setErrorMessage(getTranslation("validation.required"));
            startsAt.setInvalid(startsAt.isEmpty());
            return;
        }
        var data = new MeetingData(title.getValue(), startsAt.getValue(), place.getValue(), state.getValue(),
                minutes.getValue());
        if (errors.attempt(() -> meeting = meetings.update(meeting.id(), meeting.version(), data))) {
            Notifications.saved(getTranslation("meeting.saved"));
            render();
        }
    }

    private Div participants(boolean canManage) {
        var grid = new Grid<ParticipantItem>();
        grid.addColumn(ParticipantItem::personName).setHeader(getTranslation("membership.person")).setFlexGrow(2);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName())
                .setHeader(getTranslation("membership.organisation")).setFlexGrow(2)
                .setTooltipGenerator(p -> p.organisationName() == null ? "" : p.organisationName());
        grid.addComponentColumn(p -> {
            var box = new Checkbox(p.attended());
            box.setAriaLabel(getTranslation("meeting.attended") + ": " + p.personName());
            box.setReadOnly(!canManage);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    meetings.setAttendance(p.id(), e.getValue());
                }
            });
            return box;
        }).setHeader(getTranslation("meeting.attended")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(meetings.participants(meeting.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("list.empty"));
        var card = new Div(new H2(getTranslation("meeting.participants")), grid);
        card.addClassName("lw-card");
        return card;
    }

    private Div agendaCard(boolean canManage) {
        agenda.removeAll();
        var entries = meetings.agenda(meeting.id());
        if (entries.isEmpty()) {
            agenda.add(new Paragraph(getTranslation("meeting.agenda.empty")));
        }
        for (var entry : entries) {
            agenda.add(agendaRow(entry, canManage, entries.size()));
        }
        newAgendaItem.setPlaceholder(getTranslation("meeting.agenda.title"));
        newAgendaItem.setAriaLabel(getTranslation("meeting.agenda.title"));
        newAgendaItem.setMaxLength(AgendaEntry.TITLE_MAX);
        newAgendaItem.setWidth("28em");
        var add = new Button(getTranslation("meeting.agenda.add"), VaadinIcon.PLUS.create(), e -> {
            if (!newAgendaItem.isEmpty() && errors.attempt(() -> meetings.addAgendaItem(meeting.id(), newAgendaItem.getValue()))) {
                newAgendaItem.clear();
                render();
                newAgendaItem.focus();
            }
        });
        add.addClickShortcut(Key.ENTER).listenOn(newAgendaItem);
        var bar = new Div(newAgendaItem, add);
        bar.addClassName("lw-toolbar");
        bar.setVisible(canManage);
        var card = new Div(new H2(getTranslation("meeting.agenda")), agenda, bar);
        card.addClassName("lw-card");
        return card;
    }

    private Div agendaRow(AgendaEntry entry, boolean canManage, int count) {
        var notes = new AgendaNotesEditor(meetings, entry,
                canManage && meeting.state() != MeetingState.MINUTES_APPROVED, clock);
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(entry, true));
        up.setAriaLabel(getTranslation("meeting.agenda.up"));
        up.setEnabled(entry.number() > 1);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(entry, false));
        down.setAriaLabel(getTranslation("meeting.agenda.down"));
        down.setEnabled(entry.number() < count);
        List.of(up, down).forEach(b -> {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            b.setVisible(canManage);
        });
        var heading = new Div(new com.vaadin.flow.component.html.Span(
                getTranslation("agenda.item.label", entry.number(), entry.title())), up, down);
        heading.addClassName("lw-agenda-heading");
        var row = new Div(heading, notes);
        row.addClassName("lw-agenda-item");
        return row;
    }

    private void move(AgendaEntry entry, boolean up) {
        if (errors.attempt(() -> meetings.moveAgendaItem(entry.id(), up))) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("body.meetings") : meeting.title()) + " · " + getTranslation("app.name");
    }
}
