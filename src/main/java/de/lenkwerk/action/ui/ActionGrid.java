package de.lenkwerk.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;

/**
 * The actions table used everywhere: lazy, sortable, a click opens the action. The traffic light comes first and
 * its reason sits under the title, so both stay visible on a laptop screen.
 */
public class ActionGrid extends Grid<ActionListItem> {

    public ActionGrid(boolean showBody) {
        // Lit templates, not component columns: a component per cell costs server memory and a random UUID each
        // (one SecureRandom lock for all request threads), and the list and the dashboard show many rows
        addColumn(LitRenderer.<ActionListItem>of(TrafficLightBadge.TEMPLATE)
                .withProperty("colour", a -> TrafficLightBadge.colourClass(a.rag()))
                .withProperty("icon", a -> TrafficLightBadge.icon(a.rag()))
                .withProperty("label", a -> getTranslation(EnumLabels.key(a.rag())))
                .withProperty("reasons", a -> TrafficLightBadge.reasonsText(this, a.reasons())))
                .setHeader(getTranslation("action.rag")).setSortProperty("rag").setAutoWidth(true).setFlexGrow(0);
        addColumn(ActionListItem::number).setHeader(getTranslation("action.number")).setSortProperty("number")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(LitRenderer.<ActionListItem>of("<div class=\"lw-cell-stack\"><span class=\"lw-cell-title\">${item.title}</span>"
                        + "<span class=\"lw-cell-reason\">${item.reason}</span></div>")
                .withProperty("title", ActionListItem::title)
                .withProperty("reason", a -> TrafficLightBadge.reasonsText(this, a.reasons()))).setHeader(getTranslation("action.title")).setSortProperty("title")
                .setWidth("13em").setFlexGrow(4).setTooltipGenerator(ActionListItem::title);
        if (showBody) {
            addColumn(ActionListItem::bodyShortName).setHeader(getTranslation("action.body")).setSortProperty("body")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addColumn(ActionListItem::ownerName).setHeader(getTranslation("action.owner")).setSortProperty("owner")
                .setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(a -> a.ownerName() + (a.ownerOrganisation() == null ? "" : " (" + a.ownerOrganisation() + ")"));
        addColumn(a -> Formats.date(a.deadline(), UI.getCurrent().getLocale())).setHeader(getTranslation("action.deadline"))
                .setSortProperty("deadline").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> getTranslation(EnumLabels.key(a.status())) + ", " + a.progress() + " %")
                .setHeader(getTranslation("action.status")).setSortProperty("status", "progress").setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("list.empty"));
        GridRows.openWith(this, item -> UI.getCurrent().navigate(ActionView.class, item.id()));
    }

    public void show(ActionService actions, ActionFilter filter) {
        setItemsPageable(p -> actions.list(filter, p), p -> actions.count(filter));
    }
}
