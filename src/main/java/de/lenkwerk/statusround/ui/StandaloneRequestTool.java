package de.lenkwerk.statusround.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ui.ActionGrid;
import de.lenkwerk.action.ui.BodyActionsTool;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.statusround.StatusLinkService;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;

/**
 * "Statusanfrage senden" on a body's actions list: a request on its own, outside any status round, for the actions
 * ticked in the list, through a personal link (the same machinery as in a round). The tracker for these requests is
 * on the body's "Statusabfragen" tab.
 */
@org.springframework.stereotype.Component
class StandaloneRequestTool implements BodyActionsTool {

    /** A request went out; the body's tracker on the same page shows it. */
    static class Sent extends com.vaadin.flow.component.ComponentEvent<com.vaadin.flow.component.UI> {
        Sent(com.vaadin.flow.component.UI ui) {
            super(ui, false);
        }
    }

    private final StatusLinkService links;
    private final PersonService people;
    private final Clock clock;

    StandaloneRequestTool(StatusLinkService links, PersonService people, Clock clock) {
        this.links = links;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(long bodyId, boolean canManage, ActionGrid grid) {
        if (!canManage) {
            return Optional.empty();
        }
        var button = new Button(grid.getTranslation("statuslink.standalone.button"), VaadinIcon.ENVELOPE_O.create());
        button.setId("body-status-request");
        button.setEnabled(false);
        button.setTooltipText(grid.getTranslation("statuslink.standalone.tooltip"));
        grid.addTickListener(ticked -> {
            var count = ticked.size();
            button.setEnabled(count > 0);
            button.setText(count == 0 ? grid.getTranslation("statuslink.standalone.button")
                    : grid.getTranslation("statuslink.standalone.button.count", count));
        });
        button.addClickListener(e -> {
            var selected = grid.ticked().stream().sorted(Comparator.comparing(ActionListItem::number))
                    .map(a -> new LinkRequestDialog.Choice(a.id(), a.number() + " · " + a.title(), a.ownerPersonId()))
                    .toList();
            LinkRequestDialog.onItsOwn(links, people, bodyId, selected, issued -> {
                grid.clearTicks();
                grid.getUI().ifPresent(ui -> com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new Sent(ui)));
                if (issued.mailed()) {
                    Notifications.saved(grid.getTranslation("statuslink.standalone.sent", issued.link().personName()));
                } else {
                    NoMailDialog.show(issued);
                }
            }, clock).open();
        });
        return Optional.of(button);
    }
}
