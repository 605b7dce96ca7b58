package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ui.ActionGrid;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.dashboard.DashboardRecords;

/** The parts of a dashboard, for the whole installation or one body. */
class Overview extends Div {

    Overview(DashboardRecords.Overview overview, DashboardFilter filter, ActionService actions, boolean withMatrix) {
        addClassName("lw-overview");
        var locale = UI.getCurrent().getLocale();
        add(new KeyFigures(overview.figures(), filter, locale));
        var row = new Div(new LightsByBody(overview.lights(), filter), recentChanges(overview));
        row.addClassName("lw-two-columns");
        add(row);
        if (withMatrix) {
            add(new WhoDoesWhat(overview.matrix(), filter));
        }
        add(new IndicatorStandings(overview.indicators(), locale));
        add(new Disagreements(overview.disagreements()));
        if (actions.count(ActionFilter.onlyMine()) > 0) {
            var mine = new ActionGrid(true);
            mine.show(actions, new ActionFilter(filter.bodyId(), null, null, null, null, null, null, null, true, null,
                    ActionFilter.Scope.OPEN));
            mine.setAllRowsVisible(true);
            var card = new Div(new H2(getTranslation("nav.my-actions")), mine);
            card.addClassName("lw-card");
            add(card);
        }
    }

    private Div recentChanges(DashboardRecords.Overview overview) {
        var card = new Div(new H2(getTranslation("dashboard.recent.title")));
        card.addClassName("lw-card");
        if (overview.recentChanges().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboard.empty")));
            return card;
        }
        var list = new UnorderedList();
        list.addClassName("lw-recent");
        var locale = UI.getCurrent().getLocale();
        for (var change : overview.recentChanges()) {
            var when = new Span(Formats.dateTime(change.changedAt(), locale));
            when.addClassName("lw-muted");
            list.add(new ListItem(new Anchor("massnahmen/" + change.actionId(), change.number() + " · " + change.title()), when));
        }
        card.add(list);
        return card;
    }
}
