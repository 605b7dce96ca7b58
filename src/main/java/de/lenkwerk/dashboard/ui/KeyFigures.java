package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ui.ActionListView;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.action.ActionFigures;

import java.text.NumberFormat;
import java.util.Locale;

/** Four key figures; each is a link to the actions list showing exactly what it counts. */
class KeyFigures extends Div {

    KeyFigures(ActionFigures.KeyFigures figures, DashboardFilter filter, Locale locale) {
        addClassName("lw-key-figures");
        add(figure("dashboard.figure.open", figures.open(), filter.toActionFilter(ActionFilter.Scope.OPEN), "neutral", locale),
                figure("dashboard.figure.overdue", figures.overdue(), filter.toActionFilter(ActionFilter.Scope.OVERDUE),
                        figures.overdue() > 0 ? "red" : "neutral", locale),
                figure("dashboard.figure.due-soon", figures.dueSoon(), filter.toActionFilter(ActionFilter.Scope.DUE_SOON),
                        figures.dueSoon() > 0 ? "amber" : "neutral", locale),
                figure("dashboard.figure.done", figures.doneRecently(),
                        filter.toActionFilter(ActionFilter.Scope.DONE_RECENTLY), "green", locale));
    }

    private Anchor figure(String key, long value, ActionFilter target, String tone, Locale locale) {
        var number = new Span(NumberFormat.getIntegerInstance(locale).format(value));
        number.addClassName("lw-figure-value");
        var label = new Span(getTranslation(key));
        label.addClassName("lw-figure-label");
        var link = new Anchor(ActionListView.location(target).getPathWithQueryParameters(), number, label);
        link.addClassNames("lw-figure", "lw-figure-" + tone);
        link.setId("figure-" + key.substring(key.lastIndexOf('.') + 1));
        return link;
    }
}
