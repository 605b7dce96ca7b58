package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.organisation.ui.PersonPicker;
import de.lenkwerk.paper.PaperItems.Party;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperService;

/** The parties (organisations and their functional levels); the secretariat adds them, chair and secretariat name who acknowledges. */
class PartiesCard extends Div {

    PartiesCard(PaperView view, PaperService papers, OrganisationService organisations, PersonService people,
                PaperDetail paper) {
        addClassName("lw-card");
        setId("paper-parties");
        add(new H2(getTranslation("paper.parties")));
        var list = new Div();
        list.addClassName("lw-paper-parties");
        // while nothing is adopted (a fresh paper, or a copy of a template) a party can still be replaced or removed
        var changeable = paper.editable() && paper.versions().stream().noneMatch(v -> v.adopted());
        for (var party : paper.parties()) {
            var chip = new Span(party.label());
            chip.addClassName("lw-paper-party");
            if (changeable) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    if (view.errors().attempt(() -> papers.removeParty(paper.id(), paper.version(), party.id()))) {
                        view.reload(null);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("paper.party.remove", party.label()));
                remove.setTooltipText(getTranslation("paper.party.remove", party.label()));
                remove.setId("paper-party-remove-" + party.id());
                chip.add(remove);
            }
            list.add(chip);
        }
        if (paper.parties().isEmpty()) {
            list.add(PaperView.muted(getTranslation("paper.parties.none")));
        }
        add(list);
        if (paper.editable()) {
            var organisation = new OrganisationPicker(getTranslation("paper.party.organisation"), organisations);
            organisation.setId("paper-party-organisation");
            var level = new TextField(getTranslation("paper.party.level"));
            level.setId("paper-party-level");
            level.setMaxLength(100);
            level.setPlaceholder(getTranslation("paper.party.level.placeholder"));
            var add = new Button(getTranslation("paper.party.add"), VaadinIcon.PLUS.create(), e -> {
                if (organisation.isEmpty()) {
                    organisation.setInvalid(true);
                    organisation.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                if (view.errors().attempt(() -> papers.addParty(paper.id(), paper.version(),
                        organisation.getValue().id(), level.getValue()))) {
                    view.reload(null);
                }
            });
            add.setId("paper-party-add");
            var row = new Div(organisation, level, add);
            row.addClassName("lw-toolbar");
            if (changeable && !paper.parties().isEmpty()) {
                var replaced = new Select<Party>();
                replaced.setLabel(getTranslation("paper.party.replace"));
                replaced.setItems(paper.parties());
                replaced.setItemLabelGenerator(p -> p == null ? "" : p.label());
                replaced.setId("paper-party-replaced");
                var replace = new Button(getTranslation("paper.party.replace.button"), VaadinIcon.EXCHANGE.create(), e -> {
                    if (replaced.isEmpty() || organisation.isEmpty()) {
                        organisation.setInvalid(organisation.isEmpty());
                        organisation.setErrorMessage(getTranslation("validation.required"));
                        replaced.setInvalid(replaced.isEmpty());
                        replaced.setErrorMessage(getTranslation("validation.required"));
                        return;
                    }
                    if (view.errors().attempt(() -> papers.changeParty(paper.id(), paper.version(),
                            replaced.getValue().id(), organisation.getValue().id(), level.getValue()))) {
                        view.reload(null);
                    }
                });
                replace.setId("paper-party-replace");
                row.add(replaced, replace);
            }
            add(row);
        }
        if (paper.canAdopt() && !paper.parties().isEmpty()) {
            var party = new Select<Party>();
            party.setLabel(getTranslation("paper.acknowledger.party"));
            party.setItems(paper.parties());
            party.setItemLabelGenerator(p -> p == null ? "" : p.label());
            var person = new PersonPicker(getTranslation("paper.acknowledger.person"), people);
            var add = new Button(getTranslation("paper.acknowledger.add"), VaadinIcon.USER_CHECK.create(), e -> {
                if (party.isEmpty() || person.isEmpty()) {
                    return;
                }
                if (view.errors().attempt(() -> papers.addAcknowledger(paper.id(), party.getValue().id(),
                        person.getValue().id()))) {
                    view.reload(paper.shown().number());
                }
            });
            var row = new Div(party, person, add);
            row.addClassName("lw-toolbar");
            add(row);
        }
    }
}
