package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.action.ActionChanges;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.statusround.ChangedAction;

import java.util.ArrayList;
import java.util.List;

/**
 * "Changes since the last meeting": per action its number, title, owner and light, whether the owner answered,
 * and what changed as readable lines ("Status: geplant → in Arbeit", "Fortschritt: 20 % → 50 %").
 */
class ChangesList extends Div {

    ChangesList(List<ChangedAction> actions) {
        addClassName("lw-changes");
        for (var action : actions) {
            add(entry(action));
        }
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("statusround.changes.none")));
        }
    }

    private Div entry(ChangedAction changed) {
        var action = changed.changes();
        var title = new Span(action.number() + " · " + action.title());
        title.addClassName("lw-cell-title");
        var answered = changed.answered()
                ? new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("statusround.changes.answered",
                Formats.dateTime(changed.answeredAt(), getLocale()))))
                : new Span(VaadinIcon.CLOSE_CIRCLE.create(), new Span(getTranslation("statusround.changes.not-answered")));
        answered.addClassNames("lw-pill", changed.answered() ? "lw-pill-success" : "lw-pill-neutral", "lw-answer-state");
        var owner = new Span(PersonNames.of(action.ownerName(), action.ownerWithoutAccess(), this::getTranslation));
        owner.addClassName("lw-muted");
        var head = new Div(new TrafficLightBadge(action.trafficLight().colour(), action.trafficLight().reasons()), title,
                owner, answered);
        head.addClassName("lw-change-head");
        var list = new UnorderedList();
        lines(action).forEach(line -> list.add(new ListItem(line)));
        var entry = new Div(head, list);
        entry.addClassName("lw-change");
        return entry;
    }

    List<String> lines(ActionChanges action) {
        var locale = getLocale();
        var lines = new ArrayList<String>();
        if (action.createdSince()) {
            lines.add(getTranslation("statusround.changes.new"));
        }
        for (var entry : action.fieldChanges()) {
            if (entry.field().equals("action.progress")) {
                lines.add(getTranslation("statusround.changes.progress", display(entry.oldValue()), display(entry.newValue())));
            } else {
                lines.add(getTranslation("statusround.changes.field", getTranslation(entry.field()),
                        display(entry.oldValue()), display(entry.newValue())));
            }
        }
        for (var measurement : action.measurements()) {
            lines.add(getTranslation("statusround.changes.measurement", measurement.indicatorName(),
                    Formats.number(measurement.value(), locale), measurement.unit(),
                    Formats.date(measurement.measuredOn(), locale)));
        }
        for (var report : action.reports()) {
            lines.add(getTranslation("statusround.changes.report", report.author(),
                    Formats.dateTime(report.reportedAt(), locale), report.text()));
        }
        if (lines.isEmpty()) {
            lines.add(getTranslation("statusround.changes.none"));
        }
        return lines;
    }

    private String display(String value) {
        return HistoryValues.display(value, getLocale(), this::getTranslation);
    }
}
