package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

/** The actions that came from this paper, each with its traffic light and the section (and row) it came from. */
class PaperActionsCard extends Div {

    PaperActionsCard(PaperView view, PaperService papers, PaperDetail paper) {
        addClassName("lw-card");
        setId("paper-actions");
        add(new H2(getTranslation("paper.actions")));
        var items = papers.actions(paper.id());
        if (items.isEmpty()) {
            add(PaperView.muted(getTranslation("paper.actions.none")));
        }
        for (var item : items) {
            var link = new Anchor("massnahmen/" + item.actionId(), item.number() + " · " + item.title());
            var where = new Span(getTranslation("paper.actions.from", item.versionNumber(),
                    item.section() == null ? "–" : item.section() + (item.task() == null ? "" : ": " + item.task())));
            where.addClassName("lw-muted");
            var line = new Div(PaperView.rag(item.colour()), link, where);
            line.addClassName("lw-paper-action");
            add(line);
        }
    }
}
