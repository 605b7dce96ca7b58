package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ui.ActionListView;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.action.ActionFigures.Matrix;

/**
 * "Keiner weiß, was der andere macht" – the answer: organisations by bodies, each cell with the organisation's
 * open, overdue and done actions there. Headers stick while scrolling, so 30 × 20 stays readable.
 */
class WhoDoesWhat extends Div {

    private String html = "";

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
        html = table(matrix, filter);
        add(new Html(html));
    }

    /** The table as sent, for tests. */
    String html() {
        return html;
    }

    /**
     * The matrix as one piece of HTML rather than a component per cell: 30 organisations by 50 bodies are some
     * 10,000 elements, which as components cost the browser a node each in every response; as HTML they are one
     * property. Every text is escaped; the links are plain links to the actions list, as the components' were.
     */
    private String table(Matrix matrix, DashboardFilter filter) {
        var base = filter.toActionFilter();
        var out = new StringBuilder(256 + matrix.organisations().size() * matrix.bodies().size() * 160);
        out.append("<div class=\"lw-matrix-scroller\"><table class=\"lw-data-table lw-matrix\"><caption>")
                .append(escape(getTranslation("dashboard.matrix.title"))).append("</caption><thead><tr><th scope=\"col\">")
                .append(escape(getTranslation("account.organisation"))).append("</th>");
        for (var body : matrix.bodies()) {
            out.append("<th scope=\"col\" title=\"").append(escape(body.name())).append("\">")
                    .append(escape(body.shortName())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (var organisation : matrix.organisations()) {
            out.append("<tr><th scope=\"row\" title=\"").append(escape(organisation.name())).append("\"><a href=\"")
                    .append(escape("papiere/partei/" + organisation.id())).append("\">")
                    .append(escape(organisation.shortName())).append("</a></th>");
            for (var body : matrix.bodies()) {
                var cell = matrix.cell(organisation.id(), body.id());
                if (cell == null) {
                    out.append("<td class=\"lw-matrix-empty\">–</td>");
                    continue;
                }
                out.append("<td><div>");
                link(out, cell.open(), cell.openFilter(base), "lw-m-open", "dashboard.matrix.open");
                link(out, cell.overdue(), cell.overdueFilter(base), "lw-m-overdue", "dashboard.matrix.overdue");
                link(out, cell.done(), cell.doneFilter(base), "lw-m-done", "dashboard.matrix.done");
                out.append("</div></td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    private void link(StringBuilder out, long value, ActionFilter target, String className, String labelKey) {
        var label = escape(getTranslation(labelKey, value));
        if (value == 0) {
            out.append("<span class=\"").append(className).append(" lw-m-zero\" title=\"").append(label)
                    .append("\">0</span>");
            return;
        }
        out.append("<span class=\"").append(className).append("\" title=\"").append(label).append("\"><a href=\"")
                .append(escape(ActionListView.location(target).getPathWithQueryParameters()))
                .append("\" aria-label=\"").append(label).append("\">").append(value).append("</a></span>");
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
