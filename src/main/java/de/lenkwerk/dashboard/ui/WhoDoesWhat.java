package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ui.ActionListView;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.action.ActionFigures.Matrix;
import de.lenkwerk.action.ActionFigures.MatrixCell;

/**
 * "Keiner weiß, was der andere macht" – the answer: organisations by bodies, each cell with the organisation's
 * open, overdue and done actions there. Headers stick while scrolling, so 30 × 20 stays readable.
 */
class WhoDoesWhat extends Div {

    WhoDoesWhat(Matrix matrix, DashboardFilter filter) {
        addClassName("lw-card");
        add(new H2(getTranslation("dashboard.matrix.title")));
        var legend = new Paragraph(getTranslation("dashboard.matrix.legend"));
        legend.addClassName("lw-muted");
        // the interface papers answer the same question per task; a plain link keeps the dashboard independent of them
        var papers = new Anchor("papiere/partei", getTranslation("paper.duties.title"));
        papers.setId("dashboard-paper-duties");
        // a link inside running text carries an underline, not only its colour (WCAG 1.4.1)
        papers.addClassName("lw-text-link");
        legend.add(new com.vaadin.flow.component.html.Span(" "), papers);
        add(legend);
        if (matrix.organisations().isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        var headers = new String[matrix.bodies().size() + 1];
        headers[0] = getTranslation("account.organisation");
        for (int i = 0; i < matrix.bodies().size(); i++) {
            headers[i + 1] = matrix.bodies().get(i).shortName();
        }
        var table = new DataTable(getTranslation("dashboard.matrix.title"), headers);
        table.addClassName("lw-matrix");
        var headRow = table.getHead().getRows().getFirst();
        for (int i = 0; i < matrix.bodies().size(); i++) {
            var name = matrix.bodies().get(i).name();
            headRow.getCell(i + 1).ifPresent(c -> c.getElement().setAttribute("title", name));
        }
        for (var organisation : matrix.organisations()) {
            var row = new NativeTableRow();
            var header = new NativeTableHeaderCell(new Anchor("papiere/partei/" + organisation.id(),
                    organisation.shortName()));
            header.getElement().setAttribute("scope", "row");
            header.getElement().setAttribute("title", organisation.name());
            row.add(header);
            for (var body : matrix.bodies()) {
                var cell = new NativeTableCell();
                var data = matrix.cell(organisation.id(), body.id());
                if (data == null) {
                    cell.setText("–");
                    cell.addClassName("lw-matrix-empty");
                } else {
                    cell.add(cellContent(data, filter));
                }
                row.add(cell);
            }
            table.getBody().addRows(row);
        }
        var scroller = new Div(table);
        scroller.addClassName("lw-matrix-scroller");
        add(scroller);
    }

    private Div cellContent(MatrixCell cell, DashboardFilter filter) {
        var open = link(cell.open(), cell.openFilter(filter.toActionFilter()), "lw-m-open", "dashboard.matrix.open");
        var overdue = link(cell.overdue(), cell.overdueFilter(filter.toActionFilter()), "lw-m-overdue", "dashboard.matrix.overdue");
        var done = link(cell.done(), cell.doneFilter(filter.toActionFilter()), "lw-m-done", "dashboard.matrix.done");
        return new Div(open, overdue, done);
    }

    private Span link(long value, ActionFilter target, String className, String labelKey) {
        var wrapper = new Span();
        wrapper.addClassName(className);
        if (value == 0) {
            wrapper.setText("0");
            wrapper.addClassName("lw-m-zero");
        } else {
            var anchor = new Anchor(ActionListView.location(target).getPathWithQueryParameters(), String.valueOf(value));
            anchor.getElement().setAttribute("aria-label", getTranslation(labelKey, value));
            wrapper.add(anchor);
        }
        wrapper.getElement().setAttribute("title", getTranslation(labelKey, value));
        return wrapper;
    }
}
