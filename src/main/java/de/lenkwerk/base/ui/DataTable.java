package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** A plain, accessible HTML table: the text alternative next to every chart, and small overviews. */
public class DataTable extends NativeTable {

    public DataTable(String caption, String... headers) {
        addClassName("lw-data-table");
        if (caption != null) {
            setCaptionText(caption);
        }
        var row = new NativeTableRow();
        for (var header : headers) {
            var cell = new NativeTableHeaderCell(header);
            cell.getElement().setAttribute("scope", "col");
            row.add(cell);
        }
        getHead().addRows(row);
    }

    /** Adds a row; the first cell is the row header, numbers are right-aligned by class {@code lw-num}. */
    public NativeTableRow addRow(Object... cells) {
        var row = new NativeTableRow();
        for (int i = 0; i < cells.length; i++) {
            var value = cells[i];
            Component cell;
            if (i == 0) {
                var header = new NativeTableHeaderCell();
                header.getElement().setAttribute("scope", "row");
                cell = header;
            } else {
                cell = new NativeTableCell();
            }
            if (value instanceof Component component) {
                cell.getElement().appendChild(component.getElement());
            } else {
                cell.getElement().setText(value == null ? "" : value.toString());
            }
            if (value instanceof Number || (value instanceof String s && s.matches("[-+]?[\\d.,]+( %)?"))) {
                cell.getElement().getClassList().add("lw-num");
            }
            row.add(cell);
        }
        getBody().addRows(row);
        return row;
    }
}
