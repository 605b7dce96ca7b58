package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.lenkwerk.action.ActionFigures.DisagreementItem;
import de.lenkwerk.action.ui.ConfidenceBadge;
import de.lenkwerk.action.ui.TrafficLightBadge;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.organisation.PersonNames;

import java.util.List;

/**
 * Open actions where the owner's confidence and the rule disagree (green but low confidence, red but high): where a
 * committee should talk. The colour and the confidence stand side by side, neither changes the other.
 */
class Disagreements extends Div {

    Disagreements(List<DisagreementItem> items) {
        addClassName("lw-card");
        setId("dashboard-disagreements");
        add(new H2(getTranslation("dashboard.disagreements.title")));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.disagreements.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("lw-recent");
        for (var item : items) {
            var what = new Span(getTranslation(EnumLabels.key(item.disagreement())));
            what.addClassName("lw-muted");
            var owner = new Span(PersonNames.of(item.ownerName(), item.ownerWithoutAccess(), this::getTranslation));
            owner.addClassNames("lw-muted", "lw-disagreement-owner");
            list.add(new ListItem(new Anchor("massnahmen/" + item.actionId(), item.number() + " · " + item.title()),
                    new TrafficLightBadge(item.rag(), item.reasons()), new ConfidenceBadge(item.confidence(),
                    item.disagreement()), owner, what));
        }
        add(new Paragraph(getTranslation("dashboard.disagreements.help")), list);
    }
}
