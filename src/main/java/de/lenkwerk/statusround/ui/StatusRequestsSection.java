package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.action.ui.MyActionsSection;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.statusround.StatusRoundService;

/** On "Meine Maßnahmen": one card per open status round that asks the signed-in person, with an answer per action. */
@org.springframework.stereotype.Component
class StatusRequestsSection implements MyActionsSection {

    private final StatusRoundService rounds;

    StatusRequestsSection(StatusRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    public Component create() {
        var mine = rounds.myOpenRequests();
        if (mine.isEmpty()) {
            return null;
        }
        var locale = UI.getCurrent().getLocale();
        var section = new Div();
        section.addClassName("lw-section");
        for (var round : mine) {
            var card = new Div(new H2(section.getTranslation("statusround.my.title", round.bodyName(),
                    Formats.date(round.answerBy(), locale))));
            var hint = new Paragraph(section.getTranslation("statusround.my.hint"));
            card.add(hint);
            round.actions().forEach(action -> card.add(new AnswerForm(rounds, action)));
            card.addClassNames("lw-card", "lw-status-request");
            section.add(card);
        }
        return section;
    }
}
