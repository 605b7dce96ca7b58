package de.lenkwerk.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.history.RecordType;


/** Every change to the action, its indicators and measurements: who, when, which field, before and after. */
class HistoryTab extends Div {

    final Grid<HistoryEntry> grid = new Grid<>();

    HistoryTab(ActionDetail action, ActionService actions) {
        addClassName("lw-section");
        grid.addColumn(e -> Formats.dateTime(e.changedAt(), UI.getCurrent().getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> e.recordType() == RecordType.ACTION ? getTranslation(e.field())
                        : getTranslation("enum.RecordType." + e.recordType().name()) + ": " + getTranslation(e.field()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(e -> display(e.oldValue())).setHeader(getTranslation("history.old")).setFlexGrow(2)
                .setTooltipGenerator(e -> display(e.oldValue()));
        grid.addColumn(e -> display(e.newValue())).setHeader(getTranslation("history.new")).setFlexGrow(2)
                .setTooltipGenerator(e -> display(e.newValue()));
        grid.setItemsPageable(p -> actions.history(action.id(), p), p -> actions.countHistory(action.id()));
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setHeight("28em");
        add(grid);
    }

    String display(String value) {
        return HistoryValues.display(value, UI.getCurrent().getLocale(), this::getTranslation);
    }
}
