package de.lenkwerk.meeting.ui;

import java.time.Clock;
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
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;


/** The meetings tab on a body's page. */
@org.springframework.stereotype.Component
class MeetingsSection implements BodyPageSection {

    private final MeetingService meetings;
    private final Clock clock;

    MeetingsSection(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "body.meetings";
    }

    @Override
    public Component create(long bodyId, boolean canManage) {
        var grid = new Grid<MeetingItem>();
        grid.addColumn(m -> Formats.dateTime(m.startsAt(), UI.getCurrent().getLocale())).setHeader(grid.getTranslation("meeting.starts-at"));
        grid.addColumn(MeetingItem::title).setHeader(grid.getTranslation("meeting.title")).setFlexGrow(3);
        grid.addColumn(m -> m.place() == null ? "" : m.place()).setHeader(grid.getTranslation("meeting.place")).setFlexGrow(2);
        grid.addColumn(m -> grid.getTranslation(EnumLabels.key(m.state()))).setHeader(grid.getTranslation("meeting.state"));
        grid.setItemsPageable(p -> meetings.forBody(bodyId, p), p -> meetings.countForBody(bodyId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("list.empty"));
        GridRows.openWith(grid, item -> UI.getCurrent().navigate(MeetingView.class, item.id()));
        var plan = new Button(grid.getTranslation("meeting.new"), VaadinIcon.CALENDAR.create(),
                e -> new MeetingDialog(meetings, bodyId,
                        saved -> UI.getCurrent().navigate(MeetingView.class, saved.id()), clock).open());
        plan.setVisible(canManage);
        var bar = new Div(plan);
        bar.addClassName("lw-toolbar");
        var section = new Div(bar, grid);
        section.addClassName("lw-section");
        return section;
    }
}
