package de.lenkwerk.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;

/** The actions table used everywhere: lazy, sortable, a click opens the action. */
public class ActionGrid extends Grid<ActionListItem> {

    public ActionGrid(boolean showBody) {
        addColumn(ActionListItem::number).setHeader(getTranslation("action.number")).setSortProperty("number")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ActionListItem::title).setHeader(getTranslation("action.title")).setSortProperty("title")
                .setWidth("18em").setFlexGrow(4).setTooltipGenerator(ActionListItem::title);
        if (showBody) {
            addColumn(ActionListItem::bodyShortName).setHeader(getTranslation("action.body")).setSortProperty("body")
                    .setAutoWidth(true);
        }
        addColumn(a -> a.ownerName() + (a.ownerOrganisation() == null ? "" : " (" + a.ownerOrganisation() + ")"))
                .setHeader(getTranslation("action.owner")).setSortProperty("owner").setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(a -> a.ownerName() + (a.ownerOrganisation() == null ? "" : " (" + a.ownerOrganisation() + ")"));
        addColumn(a -> Formats.date(a.deadline(), UI.getCurrent().getLocale())).setHeader(getTranslation("action.deadline"))
                .setSortProperty("deadline").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> getTranslation(EnumLabels.key(a.status()))).setHeader(getTranslation("action.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> a.progress() + " %").setHeader(getTranslation("action.progress")).setSortProperty("progress")
                .setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(a -> "lw-number");
        addComponentColumn(a -> new TrafficLightBadge(a.rag(), a.reasons())).setHeader(getTranslation("action.rag"))
                .setSortProperty("rag").setAutoWidth(true).setFlexGrow(0);
        addColumn(a -> TrafficLightBadge.reasonsText(this, a.reasons())).setHeader(getTranslation("action.rag-reason"))
                .setWidth("14em").setFlexGrow(2).setTooltipGenerator(a -> TrafficLightBadge.reasonsText(this, a.reasons()));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setEmptyStateText(getTranslation("list.empty"));
        addItemClickListener(e -> UI.getCurrent().navigate(ActionView.class, e.getItem().id()));
    }

    public void show(ActionService actions, ActionFilter filter) {
        setItemsPageable(p -> actions.list(filter, p), p -> actions.count(filter));
    }
}
