package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.paper.PaperRole;
import de.lenkwerk.paper.RuleBreak;

import java.util.Set;
import java.util.stream.Collectors;

/** The letters of the roles in the user's language (D/V/M/I, in English R/A/C/I), coloured, and the legend. */
final class RoleLetters {

    private RoleLetters() {
    }

    static String letter(Component c, PaperRole role) {
        return c.getTranslation("paper.role." + role.name() + ".letter");
    }

    static String text(Component c, Set<PaperRole> roles) {
        return roles.stream().sorted().map(r -> letter(c, r)).collect(Collectors.joining());
    }

    /** Fills an element with one coloured span per role. */
    static void fill(Component c, com.vaadin.flow.dom.Element cell, Set<PaperRole> roles) {
        cell.removeAllChildren();
        roles.stream().sorted().forEach(role -> {
            var span = new com.vaadin.flow.dom.Element("span");
            span.setText(letter(c, role));
            span.getClassList().add("lw-role");
            span.getClassList().add("lw-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            span.setAttribute("title", c.getTranslation(EnumLabels.key(role)));
            cell.appendChild(span);
        });
    }

    static Div legend(Component c) {
        var legend = new Div();
        legend.addClassName("lw-role-legend");
        legend.setId("paper-legend");
        legend.add(new Span(c.getTranslation("paper.legend")));
        for (var role : PaperRole.values()) {
            var letter = new Span(letter(c, role));
            letter.addClassNames("lw-role", "lw-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            var item = new Span(letter, new Span(c.getTranslation(EnumLabels.key(role))));
            item.addClassName("lw-role-legend-item");
            legend.add(item);
        }
        legend.add(new Span(c.getTranslation("paper.legend.rule")));
        return legend;
    }

    static String reasons(Component c, java.util.List<RuleBreak> breaks) {
        return breaks.stream().map(b -> c.getTranslation(EnumLabels.key(b))).collect(Collectors.joining("; "));
    }
}
