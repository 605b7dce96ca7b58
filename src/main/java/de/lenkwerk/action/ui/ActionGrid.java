package de.lenkwerk.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.organisation.PersonNames;

/**
 * The actions table used everywhere: lazy, sortable, a click opens the action. The traffic light comes first and
 * its reason sits under the title, so both stay visible on a laptop screen.
 */
public class ActionGrid extends Grid<ActionListItem> {

    public ActionGrid(boolean showBody) {
        addComponentColumn(a -> new TrafficLightBadge(a.rag(), a.reasons())).setHeader(getTranslation("action.rag"))
                .setSortProperty("rag").setAutoWidth(true).setFlexGrow(0);
        addColumn(ActionListItem::number).setHeader(getTranslation("action.number")).setSortProperty("number")
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::titleCell).setHeader(getTranslation("action.title")).setSortProperty("title")
                .setWidth("13em").setFlexGrow(4).setTooltipGenerator(ActionListItem::title);
        if (showBody) {
            addColumn(ActionListItem::bodyShortName).setHeader(getTranslation("action.body")).setSortProperty("body")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(a -> PersonNames.of(a.ownerName(), a.ownerWithoutAccess(), this::getTranslation))
                .setHeader(getTranslation("action.owner")).setSortProperty("owner").setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(a -> PersonNames.of(a.ownerName(), a.ownerOrganisation(), a.ownerWithoutAccess(),
                        this::getTranslation));
        addColumn(a -> Formats.date(a.deadline(), UI.getCurrent().getLocale())).setHeader(getTranslation("action.deadline"))
                .setSortProperty("deadline").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> getTranslation(EnumLabels.key(a.status())) + ", " + a.progress() + " %")
                .setHeader(getTranslation("action.status")).setSortProperty("status", "progress").setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("list.empty"));
        GridRows.openWith(this, item -> UI.getCurrent().navigate(ActionView.class, item.id()));
    }

    private Div titleCell(ActionListItem action) {
        var title = new Span(action.title());
        title.addClassName("lw-cell-title");
        var reason = new Span(TrafficLightBadge.reasonsText(this, action.reasons()));
        reason.addClassName("lw-cell-reason");
        var cell = new Div(title, reason);
        cell.addClassName("lw-cell-stack");
        return cell;
    }

    public void show(ActionService actions, ActionFilter filter) {
        setItemsPageable(p -> actions.list(filter, p), p -> actions.count(filter));
    }
}
