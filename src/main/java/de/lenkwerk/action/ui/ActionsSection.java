package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.body.ui.BodyPageSection;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;

import java.time.Clock;

/** The actions of a body, as a tab on its page, with "new action". */
@org.springframework.stereotype.Component
class ActionsSection implements BodyPageSection {

    private final ActionService actions;
    private final MeetingService meetings;
    private final PersonService people;
    private final OrganisationService organisations;
    private final Clock clock;
    private final java.util.List<BodyActionsTool> tools;

    ActionsSection(ActionService actions, MeetingService meetings, PersonService people,
                   OrganisationService organisations, Clock clock, java.util.List<BodyActionsTool> tools) {
        this.actions = actions;
        this.tools = tools;
        this.clock = clock;
        this.meetings = meetings;
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "body.actions";
    }

    @Override
    public Component create(long bodyId, boolean canManage) {
        var listLink = new Anchor("massnahmen?gremium=" + bodyId, "");
        var section = section(bodyId, null, ActionFilter.ofBody(bodyId), canManage);
        listLink.setText(section.getTranslation("nav.actions") + " →");
        var bar = (Div) section.getComponentAt(0);
        var grid = (ActionGrid) section.getComponentAt(1);
        var added = tools.stream().map(t -> t.create(bodyId, canManage, grid)).flatMap(java.util.Optional::stream)
                .toList();
        if (!added.isEmpty()) {
            // the tools act on the rows the secretariat ticks; a click elsewhere on a row still opens the action
            grid.enableTicking();
            added.forEach(bar::add);
        }
        bar.getElement().appendChild(listLink.getElement());
        return section;
    }

    Div section(long bodyId, Long meetingId, ActionFilter filter, boolean canManage) {
        var grid = new ActionGrid(false);
        grid.show(actions, filter);
        // actions recorded with the quick capture on the same page appear at once
        var ui = UI.getCurrent();
        var registration = ComponentUtil.addListener(ui, ActionRecorded.class,
                e -> grid.getDataProvider().refreshAll());
        grid.addDetachListener(e -> registration.remove());
        grid.setAllRowsVisible(true);
        var create = new Button(grid.getTranslation("action.new"), VaadinIcon.PLUS.create(),
                e -> new NewActionDialog(bodyId, meetingId, actions, meetings, people, organisations,
                        created -> UI.getCurrent().navigate(ActionView.class, created.id()), clock).open());
        create.setVisible(canManage);
        create.setId(meetingId == null ? "body-new-action" : "meeting-new-action");
        var bar = new Div(create);
        bar.addClassName("lw-toolbar");
        var section = new Div(bar, grid);
        section.addClassName("lw-section");
        return section;
    }
}

/** The actions agreed in a meeting, as a section of its page; new ones are linked to the meeting. */
@org.springframework.stereotype.Component
class MeetingActionsSection implements de.lenkwerk.meeting.ui.MeetingPageSection {

    private final ActionsSection sections;

    MeetingActionsSection(ActionsSection sections) {
        this.sections = sections;
    }

    @Override
    public String titleKey() {
        return "meeting.actions";
    }

    @Override
    public Component create(de.lenkwerk.meeting.MeetingItem meeting, boolean canManage) {
        return sections.section(meeting.bodyId(), meeting.id(), ActionFilter.ofMeeting(meeting.id()), canManage);
    }
}
