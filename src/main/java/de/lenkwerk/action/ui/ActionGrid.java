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
import de.lenkwerk.organisation.PersonNames;

/**
 * The actions table used everywhere: lazy, sortable, a click opens the action. The traffic light comes first and
 * its reason sits under the title, so both stay visible on a laptop screen.
 */
public class ActionGrid extends Grid<ActionListItem> {

    private Column<ActionListItem> tickColumn;
    private final java.util.Map<Long, ActionListItem> ticked = new java.util.LinkedHashMap<>();
    private final java.util.List<java.util.function.Consumer<java.util.List<ActionListItem>>> tickListeners =
            new java.util.ArrayList<>();

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

    /**
     * Lets the user tick rows, for tools that act on several actions (a status request). Own checkboxes rather than
     * the grid's selection column: theirs are named in English only (Vaadin 25.2), ours say which action they tick.
     */
    public void enableTicking() {
        if (tickColumn != null) {
            return;
        }
        tickColumn = addComponentColumn(this::tick).setHeader(getTranslation("action.tick.header"))
                .setWidth("6.5em").setFlexGrow(0);
        var order = new java.util.ArrayList<>(getColumns());
        order.remove(tickColumn);
        order.addFirst(tickColumn);
        setColumnOrder(order);
    }

    /** The ticked rows, in the order they were ticked. */
    public java.util.List<ActionListItem> ticked() {
        return java.util.List.copyOf(ticked.values());
    }

    public void clearTicks() {
        ticked.clear();
        getDataProvider().refreshAll();
        tickListeners.forEach(l -> l.accept(ticked()));
    }

    public void addTickListener(java.util.function.Consumer<java.util.List<ActionListItem>> listener) {
        tickListeners.add(listener);
    }

    private com.vaadin.flow.component.checkbox.Checkbox tick(ActionListItem action) {
        var box = new com.vaadin.flow.component.checkbox.Checkbox(ticked.containsKey(action.id()));
        box.setAriaLabel(getTranslation("action.tick", action.number()));
        box.addClassName("lw-action-tick");
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                ticked.put(action.id(), action);
            } else {
                ticked.remove(action.id());
            }
            tickListeners.forEach(l -> l.accept(ticked()));
        });
        return box;
    }

    public void show(ActionService actions, ActionFilter filter) {
        setItemsPageable(p -> actions.list(filter, p), p -> actions.count(filter));
    }
}
