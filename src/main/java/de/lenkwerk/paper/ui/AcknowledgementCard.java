package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

import java.util.stream.Collectors;

/** "Gelesen und anerkannt" for the shown adopted version: per party who has confirmed, who not yet; my own button. */
class AcknowledgementCard extends Div {

    AcknowledgementCard(PaperView view, PaperService papers, PaperDetail paper) {
        addClassName("lw-card");
        setId("paper-acknowledgements");
        add(new H2(getTranslation("paper.ack", paper.shown().number())));
        var number = paper.shown().number();
        for (var partyId : paper.partiesToAcknowledge()) {
            var party = paper.party(partyId);
            var confirm = new Button(getTranslation("paper.ack.confirm", party.label()), VaadinIcon.CHECK.create(), e -> {
                if (view.errors().attempt(() -> papers.acknowledge(paper.id(), number, partyId))) {
                    view.reload(number);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("paper-ack-" + partyId);
            add(confirm);
        }
        var status = papers.acknowledgements(paper.id(), number);
        if (status.isEmpty()) {
            add(PaperView.muted(getTranslation("paper.ack.none")));
        }
        for (var s : status) {
            var confirmed = s.confirmed().stream()
                    .map(c -> "✓ " + c.name() + " (" + Formats.date(c.at().toLocalDate(), getLocale()) + ")")
                    .collect(Collectors.joining(", "));
            var pending = s.pending().isEmpty() ? "" : getTranslation("paper.ack.pending", String.join(", ", s.pending()));
            var line = new Div(new Span(s.party().label()), new Span(confirmed), new Span(pending));
            line.addClassName("lw-paper-ack");
            add(line);
        }
    }
}
