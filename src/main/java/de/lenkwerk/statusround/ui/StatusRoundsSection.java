package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.body.ui.BodyPageSection;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.statusround.StatusRoundItem;
import de.lenkwerk.statusround.StatusRoundService;
import de.lenkwerk.statusround.StatusLinkService;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;

/** The status rounds tab on a body's page: the rounds so far, and "start status round" for the secretariat. */
@org.springframework.stereotype.Component
class StatusRoundsSection implements BodyPageSection {

    private final StatusRoundService rounds;
    private final MeetingService meetings;
    private final Clock clock;
    private final StatusLinkService links;
    private final PersonService people;

    StatusRoundsSection(StatusRoundService rounds, MeetingService meetings, Clock clock, StatusLinkService links,
                        PersonService people) {
        this.rounds = rounds;
        this.links = links;
        this.people = people;
        this.clock = clock;
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "statusround.title";
    }

    @Override
    public Component create(long bodyId, boolean canManage) {
        var grid = new Grid<StatusRoundItem>();
        grid.addColumn(r -> Formats.dateTime(r.startedAt(), UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("statusround.started-at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.meetingTitle() == null ? grid.getTranslation("statusround.start.no-meeting")
                        : r.meetingTitle() + " · " + Formats.dateTime(r.meetingStartsAt(), UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("statusround.meeting")).setFlexGrow(3);
        grid.addColumn(r -> Formats.date(r.answerBy(), UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("statusround.answer-by")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> grid.getTranslation(EnumLabels.key(r.state())))
                .setHeader(grid.getTranslation("statusround.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> grid.getTranslation("statusround.answered-of", r.answered(), r.asked()))
                .setHeader(grid.getTranslation("statusround.answered")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(p -> rounds.forBody(bodyId, p), p -> rounds.countForBody(bodyId));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("statusround.empty"));
        GridRows.openWith(grid, item -> UI.getCurrent().navigate(StatusRoundView.class, item.id()));
        var start = new Button(grid.getTranslation("statusround.start"), VaadinIcon.ENVELOPES_O.create(),
                e -> new StartRoundDialog(rounds, meetings, bodyId,
                        started -> UI.getCurrent().navigate(StatusRoundView.class, started.id()), clock).open());
        start.setId("statusround-start");
        start.setVisible(canManage);
        var bar = new Div(start);
        bar.addClassName("lw-toolbar");
        var section = new Div(bar, grid);
        section.addClassName("lw-section");
        if (canManage) {
            // the requests asked on their own from the actions list, with their own tracker
            section.add(new StatusLinksSection(links, people, bodyId, clock));
        }
        return section;
    }
}
