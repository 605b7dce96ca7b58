package de.lenkwerk.meetingmode.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.action.DecisionItem;
import de.lenkwerk.action.MeetingSummary;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.LocaleSupport;

import java.util.List;

/** The parts of a meeting's summary that the closing step and the printable minutes both show. */
final class MinutesTables {

    private MinutesTables() {
    }

    /** Decisions on existing actions, new actions and changed deadlines, each as a titled section. */
    static List<Div> sections(Component c, MeetingSummary summary) {
        return List.of(
                section(c, "closing.decisions", "minutes-decisions", summary.decisions().isEmpty() ? null : decisions(c, summary.decisions())),
                section(c, "closing.new-actions", "minutes-new-actions", summary.newActions().isEmpty() ? null : newActions(c, summary.newActions())),
                section(c, "closing.changed-deadlines", "minutes-changed-deadlines",
                        summary.changedDeadlines().isEmpty() ? null : changedDeadlines(c, summary.changedDeadlines())));
    }

    static String decisionText(Component c, DecisionItem d) {
        var text = c.getTranslation(EnumLabels.key(d.kind()));
        if (d.newDeadline() != null) {
            text += ": " + c.getTranslation("review.decision.moved", Formats.date(d.oldDeadline(), LocaleSupport.currentLocale()),
                    Formats.date(d.newDeadline(), LocaleSupport.currentLocale()));
        }
        return d.comment() == null ? text : text + " – " + d.comment();
    }

    private static Div section(Component c, String titleKey, String id, Component table) {
        var section = new Div(new H2(c.getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("lw-minutes-section");
        section.add(table != null ? table : new Paragraph(c.getTranslation("closing.none")));
        return section;
    }

    private static DataTable decisions(Component c, List<DecisionItem> decisions) {
        var table = table(c, "minutes.col.number", "minutes.col.title", "minutes.col.decision");
        decisions.forEach(d -> table.addRow(d.actionNumber(), d.actionTitle(), decisionText(c, d)));
        return table;
    }

    private static DataTable newActions(Component c, List<ActionListItem> actions) {
        var table = table(c, "minutes.col.number", "minutes.col.title", "minutes.col.owner", "minutes.col.organisation",
                "minutes.col.deadline");
        actions.forEach(a -> table.addRow(a.number(), a.title(),
                PersonNames.of(a.ownerName(), a.ownerWithoutAccess(), c::getTranslation), a.ownerOrganisation(),
                Formats.date(a.deadline(), LocaleSupport.currentLocale())));
        return table;
    }

    private static DataTable changedDeadlines(Component c, List<DecisionItem> changes) {
        var table = table(c, "minutes.col.number", "minutes.col.title", "minutes.col.old-deadline",
                "minutes.col.new-deadline", "minutes.col.reason");
        changes.forEach(d -> table.addRow(d.actionNumber(), d.actionTitle(), Formats.date(d.oldDeadline(), LocaleSupport.currentLocale()),
                Formats.date(d.newDeadline(), LocaleSupport.currentLocale()), d.comment()));
        return table;
    }

    private static DataTable table(Component c, String... headerKeys) {
        var headers = java.util.Arrays.stream(headerKeys).map(c::getTranslation).toArray(String[]::new);
        var table = new DataTable(null, headers);
        table.addClassName("lw-minutes-table");
        return table;
    }
}
