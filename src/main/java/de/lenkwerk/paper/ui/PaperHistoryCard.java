package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.paper.PaperService;

/**
 * Every change of the paper (sections, rows, cells, parties, adoptions, acknowledgements, imports): who, when, what,
 * before and after; folded away until opened, then loaded page by page.
 */
class PaperHistoryCard extends Div {

    PaperHistoryCard(PaperService papers, long paperId, long count) {
        addClassName("lw-card");
        setId("paper-history");
        var grid = new Grid<HistoryEntry>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTime(e.changedAt(), UI.getCurrent().getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.field())).setHeader(getTranslation("history.field")).setAutoWidth(true);
        grid.addColumn(e -> display(e.oldValue())).setHeader(getTranslation("history.old")).setFlexGrow(2);
        grid.addColumn(e -> display(e.newValue())).setHeader(getTranslation("history.new")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setHeight("24em");
        var details = new Details(getTranslation("paper.history", count));
        var loaded = new boolean[1];
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && !loaded[0]) {
                loaded[0] = true;
                grid.setItemsPageable(p -> papers.history(paperId, p), p -> papers.countHistory(paperId));
            }
        });
        details.add(grid);
        details.setWidthFull();
        add(details);
    }

    private String display(String value) {
        return HistoryValues.display(value, UI.getCurrent().getLocale(), this::getTranslation);
    }
}
