package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ui.IndicatorChart;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.body.ui.BodyPageSection;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.dashboard.DashboardService;
import de.lenkwerk.meeting.MeetingService;

/** The first tab of a body's page: its figures, traffic lights, next meeting and indicator trajectories. */
@org.springframework.stereotype.Component
class BodyDashboardSection implements BodyPageSection {

    private final DashboardService dashboards;
    private final ActionService actions;
    private final MeetingService meetings;

    BodyDashboardSection(DashboardService dashboards, ActionService actions, MeetingService meetings) {
        this.dashboards = dashboards;
        this.actions = actions;
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public String titleKey() {
        return "nav.dashboard";
    }

    @Override
    public Component create(long bodyId, boolean canManage) {
        var filter = new DashboardFilter(bodyId, null, null, null);
        var locale = UI.getCurrent().getLocale();
        var section = new Div();
        section.addClassName("lw-section");
        var next = new Div(new H2(section.getTranslation("dashboard.next-meeting")));
        next.addClassName("lw-card");
        meetings.next(bodyId).ifPresentOrElse(
                m -> next.add(new Anchor("sitzungen/" + m.id(), m.title() + " · " + Formats.dateTime(m.startsAt(), locale)
                        + (m.place() == null ? "" : " · " + m.place()))),
                () -> next.add(new Paragraph(section.getTranslation("dashboard.next-meeting.none"))));
        section.add(next, new Overview(dashboards.overview(filter), filter, actions, false));

        var trajectories = dashboards.trajectories(bodyId);
        if (!trajectories.isEmpty()) {
            var card = new Div(new H2(section.getTranslation("dashboard.trajectories.title")));
            card.addClassName("lw-card");
            var grid = new Div();
            grid.addClassName("lw-chart-grid");
            for (var series : trajectories) {
                // the same plan as the indicator's own page: milestones and the forecast as a dashed line
                var plan = new IndicatorChart.Plan(series.name(), series.unit(), series.baselineValue(),
                        series.baselineDate(), series.targetValue(), series.targetDate(), series.milestones(),
                        series.forecast(), series.aggregation(), null, null);
                var chart = new IndicatorChart(plan,
                        series.points().stream().map(p -> new IndicatorChart.Point(p.date(), p.value())).toList(), locale);
                grid.add(new Div(new H3(series.actionNumber() + " · " + series.name()), chart));
            }
            card.add(grid);
            section.add(card);
        }
        return section;
    }
}
