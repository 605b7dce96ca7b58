package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lenkwerk.action.DecisionService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.RecordPages;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.ParticipantItem;
import de.lenkwerk.meeting.ui.MeetingView;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The printable minutes of a meeting: attendance, agenda with notes, decisions on existing actions, new actions and
 * changed deadlines. Without the side navigation, so that the browser's print gives a clean A4 document.
 */
@Route(value = "protokoll", autoLayout = false)
@PermitAll
public class MinutesView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient BodyService bodies;
    private final transient DecisionService decisions;
    private MeetingItem meeting;

    MinutesView(MeetingService meetings, BodyService bodies, DecisionService decisions) {
        this.meetings = meetings;
        this.bodies = bodies;
        this.decisions = decisions;
        addClassName("lw-minutes-page");
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
        var back = new RouterLink(getTranslation("minutes.back"), MeetingView.class, meeting.id());
        back.addClassName("lw-back-link");
        var print = new Button(getTranslation("minutes.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("minutes-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new Div(back, print);
        toolbar.addClassNames("lw-minutes-toolbar", "lw-no-print");

        var body = bodies.get(meeting.bodyId());
        var sheet = new Div();
        sheet.addClassName("lw-minutes");
        var kicker = new Paragraph(getTranslation("minutes.title") + " · " + body.name());
        kicker.addClassName("lw-minutes-kicker");
        var when = Formats.dateTime(meeting.startsAt(), getLocale());
        var state = getTranslation(EnumLabels.key(meeting.state()));
        var meta = new Paragraph(meeting.place() == null || meeting.place().isBlank()
                ? getTranslation("minutes.meta.no-place", when, state)
                : getTranslation("minutes.meta", when, meeting.place(), state));
        meta.addClassName("lw-minutes-meta");
        sheet.add(kicker, new H1(meeting.title()), meta);
        if (meeting.minutes() != null) {
            var general = new Paragraph(meeting.minutes());
            general.addClassName("lw-minutes-notes");
            sheet.add(general);
        }
        sheet.add(attendance(), agenda());
        MinutesTables.sections(this, decisions.summary(meeting.id())).forEach(sheet::add);
        add(toolbar, sheet);
    }

    private Div attendance() {
        var participants = meetings.participants(meeting.id());
        var section = new Div(new H2(getTranslation("meeting.participants")));
        section.setId("minutes-attendance");
        section.addClassName("lw-minutes-section");
        section.add(line("minutes.present", participants.stream().filter(ParticipantItem::attended).toList()),
                line("minutes.absent", participants.stream().filter(p -> !p.attended()).toList()));
        return section;
    }

    private Paragraph line(String labelKey, List<ParticipantItem> people) {
        var names = people.stream()
                .map(p -> p.personName() + (p.organisationName() == null ? "" : " (" + p.organisationName() + ")"))
                .collect(Collectors.joining(", "));
        var label = new com.vaadin.flow.component.html.Span(getTranslation(labelKey) + ": ");
        label.addClassName("lw-minutes-label");
        return new Paragraph(label, new com.vaadin.flow.component.html.Span(names.isEmpty() ? "–" : names));
    }

    private Div agenda() {
        var section = new Div(new H2(getTranslation("minutes.agenda")));
        section.setId("minutes-agenda");
        section.addClassName("lw-minutes-section");
        var entries = meetings.agenda(meeting.id());
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.agenda.empty")));
        }
        for (var entry : entries) {
            var notes = new Paragraph(entry.notes() == null || entry.notes().isBlank()
                    ? getTranslation("minutes.no-notes") : entry.notes());
            notes.addClassName("lw-minutes-notes");
            var item = new Div(new H3(getTranslation("agenda.item.label", entry.number(), entry.title())), notes);
            item.addClassName("lw-minutes-item");
            section.add(item);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.title") + (meeting == null ? "" : " · " + meeting.title()) + " · "
                + getTranslation("app.name");
    }
}
