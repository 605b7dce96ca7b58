package de.lenkwerk.history.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.history.RecordType;
import org.springframework.data.domain.Pageable;

import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.List;

/**
 * Every change of a record as the action's history tab shows it: when, who, which field, before and after. The page
 * passes its service's history (which checks that the reader may see the record); {@code ownType} is the page's own
 * record type, whose fields need no prefix.
 */
public class HistoryGrid extends Div {

    final Grid<HistoryEntry> grid = new Grid<>();

    /** {@code page} and {@code count} are the page's reads, as its service offers them. */
    public HistoryGrid(RecordType ownType, SerializableFunction<Pageable, List<HistoryEntry>> page,
                       SerializableSupplier<Long> count) {
        grid.addColumn(e -> Formats.dateTime(e.changedAt(), UI.getCurrent().getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> e.recordType() == ownType ? getTranslation(e.field())
                        : getTranslation("enum.RecordType." + e.recordType().name()) + ": " + getTranslation(e.field()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(e -> display(e.oldValue())).setHeader(getTranslation("history.old")).setFlexGrow(2)
                .setTooltipGenerator(e -> display(e.oldValue()));
        grid.addColumn(e -> display(e.newValue())).setHeader(getTranslation("history.new")).setFlexGrow(2)
                .setTooltipGenerator(e -> display(e.newValue()));
        grid.setItemsPageable(page::apply, p -> count.get());
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setHeight("24em");
        grid.setAriaLabel(getTranslation("history.title"));
        add(grid);
    }

    public Grid<HistoryEntry> grid() {
        return grid;
    }

    private String display(String value) {
        return HistoryValues.display(value, UI.getCurrent().getLocale(), this::getTranslation);
    }
}
