package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DecisionService;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.meeting.ui.AgendaNotesEditor;
import de.lenkwerk.meeting.ui.MeetingView;
import de.lenkwerk.organisation.PersonService;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The secretariat's screen while a meeting runs, shown on a projector: large type, little chrome, four steps
 * reachable with Alt+1 … Alt+4 — review of open actions, new agreements, agenda and minutes, closing.
 * Only those who manage the body get it; anyone else sees "not found", as for every record they may not change.
 */
@Route(value = "sitzungsmodus", autoLayout = false)
@PermitAll
public class MeetingModeView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient BodyService bodies;
    private final transient ActionService actions;
    private final transient IndicatorService indicators;
    private final transient DecisionService decisions;
    private final transient PersonService people;
    private final transient Clock clock;
    private MeetingItem meeting;

    TabSheet tabs = new TabSheet();
    ActionReview review;
    CaptureForm capture;
    MeetingClosing closing;
    final Select<AgendaEntry> currentItem = new Select<>();
    final List<AgendaNotesEditor> notes = new ArrayList<>();

    MeetingModeView(MeetingService meetings, BodyService bodies, ActionService actions, IndicatorService indicators,
                    DecisionService decisions, PersonService people, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.bodies = bodies;
        this.actions = actions;
        this.indicators = indicators;
        this.decisions = decisions;
        this.people = people;
        addClassName("lw-meeting-mode");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (!RecordPages.load(event, () -> meetings.get(id), loaded -> meeting = loaded)) {
            return;
        }
        if (!bodies.canManage(meeting.bodyId())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var body = bodies.get(meeting.bodyId());
        var context = new Span(body.name() + " · " + Formats.dateTime(meeting.startsAt(), getLocale())
                + (meeting.place() == null ? "" : " · " + meeting.place()));
        context.addClassName("lw-meeting-mode-context");
        var leave = new RouterLink(getTranslation("meeting.mode.leave"), MeetingView.class, meeting.id());
        leave.setId("meeting-mode-leave");
        leave.addClassName("lw-button-link");
        var header = new Div(new Div(new H1(meeting.title()), context), leave);
        header.addClassName("lw-meeting-mode-header");

        review = new ActionReview(actions, indicators, decisions, meeting, clock);
        capture = new CaptureForm(actions, meetings, people, meeting, clock);
        closing = new MeetingClosing(meetings, decisions, meeting);
        tabs = new TabSheet();
        var agenda = agenda();
        tab(tabs.add(getTranslation("mode.review"), review), 1);
        tab(tabs.add(getTranslation("mode.capture"), capture), 2);
        tab(tabs.add(getTranslation("mode.agenda"), agenda), 3);
        tab(tabs.add(getTranslation("mode.closing"), closing), 4);
        tabs.setWidthFull();
        tabs.setSelectedIndex(0);
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getSelectedIndex() == 1) {
                capture.focusTitle();
            } else if (tabs.getSelectedIndex() == 3) {
                closing.refresh();
            }
        });
        add(header, tabs);
        shortcuts();
    }

    private void tab(Tab tab, int number) {
        tab.setId("mode-tab-" + number);
        tab.setTooltipText(getTranslation("mode.tab.tooltip", number));
    }

    /** Alt+1 … Alt+4 open the steps; Alt+←/→ and PageUp/PageDown step through the review. */
    private void shortcuts() {
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};
        for (int i = 0; i < digits.length; i++) {
            var index = i;
            Shortcuts.addShortcutListener(this, () -> tabs.setSelectedIndex(index), digits[i], KeyModifier.ALT);
        }
        // Alt+← would otherwise leave the page (browser back); page keys keep scrolling and moving in text fields
        Shortcuts.addShortcutListener(this, () -> stepReview(-1), Key.ARROW_LEFT, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> stepReview(1), Key.ARROW_RIGHT, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> stepReview(-1), Key.PAGE_UP).allowBrowserDefault();
        Shortcuts.addShortcutListener(this, () -> stepReview(1), Key.PAGE_DOWN).allowBrowserDefault();
    }

    void stepReview(int delta) {
        if (tabs.getSelectedIndex() == 0) {
            review.step(delta);
        }
    }

    private Div agenda() {
        var panel = new Div();
        panel.addClassName("lw-mode-agenda");
        var entries = meetings.agenda(meeting.id());
        currentItem.setLabel(getTranslation("agenda.current"));
        currentItem.setId("agenda-current");
        currentItem.setItems(entries);
        currentItem.setItemLabelGenerator(e -> e == null ? "" : getTranslation("agenda.item.label", e.number(), e.title()));
        currentItem.setEmptySelectionAllowed(true);
        panel.add(currentItem);
        if (entries.isEmpty()) {
            panel.add(new Paragraph(getTranslation("meeting.agenda.empty")));
        }
        var rows = new ArrayList<Div>();
        notes.clear();
        for (var entry : entries) {
            var editor = new AgendaNotesEditor(meetings, entry, meeting.state() != MeetingState.MINUTES_APPROVED, clock);
            editor.setId("agenda-notes-" + entry.number());
            editor.field().addFocusListener(e -> currentItem.setValue(entry));
            notes.add(editor);
            var row = new Div(new H2(getTranslation("agenda.item.label", entry.number(), entry.title())), editor);
            row.addClassName("lw-agenda-item");
            rows.add(row);
            panel.add(row);
        }
        currentItem.addValueChangeListener(e -> {
            capture.selectAgendaItem(e.getValue() == null ? null : e.getValue().id());
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).setClassName("lw-agenda-current", e.getValue() != null && e.getValue().equals(entries.get(i)));
            }
        });
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.mode") + (meeting == null ? "" : " · " + meeting.title()) + " · "
                + getTranslation("app.name");
    }
}
