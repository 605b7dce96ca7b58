package de.lenkwerk.paper.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.paper.PaperItems.Duty;
import de.lenkwerk.paper.PaperRole;
import de.lenkwerk.paper.PaperService;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * For one organisation, across every paper the user may see: what do we do, where are we accountable, whom do we
 * inform ("Keiner weiß, was der andere macht"). {@code papiere/partei/{organisation}}; the dashboard links here.
 */
@Route("papiere/partei")
@PermitAll
@StyleSheet("context://styles/paper.css")
public class PartyDutiesView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PaperService papers;

    PartyDutiesView(PaperService papers) {
        this.papers = papers;
        addClassNames("lw-page", "lw-paper");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long organisationId) {
        removeAll();
        add(new ViewHeader(getTranslation("paper.duties.title"), getTranslation("paper.duties.description")));
        var organisations = papers.partyOrganisations();
        var select = new Select<OrganisationItem>();
        select.setLabel(getTranslation("paper.duties.organisation"));
        select.setItems(organisations);
        select.setItemLabelGenerator(o -> o == null ? "" : o.name());
        select.setId("duties-organisation");
        select.setWidth("28em");
        organisations.stream().filter(o -> o.id().equals(organisationId)).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(PartyDutiesView.class, e.getValue().id())));
        add(select, RoleLetters.legend(this));
        if (select.getValue() == null) {
            add(PaperView.muted(getTranslation("paper.duties.choose")));
            return;
        }
        var duties = papers.duties(select.getValue().id());
        add(block("duties-does", "paper.duties.does", duties.stream().filter(d -> d.roles().contains(PaperRole.DOES)).toList()),
                block("duties-accountable", "paper.duties.accountable",
                        duties.stream().filter(d -> d.roles().contains(PaperRole.ACCOUNTABLE)).toList()),
                block("duties-informs", "paper.duties.informs", duties.stream()
                        .filter(d -> !d.informed().isEmpty() && (d.roles().contains(PaperRole.DOES)
                                || d.roles().contains(PaperRole.ACCOUNTABLE))).toList()),
                block("duties-informed", "paper.duties.informed-consulted", duties.stream()
                        .filter(d -> d.roles().contains(PaperRole.INFORMED) || d.roles().contains(PaperRole.CONSULTED))
                        .toList()));
    }

    private Div block(String id, String titleKey, List<Duty> duties) {
        var card = new Div(new com.vaadin.flow.component.html.H2(getTranslation(titleKey) + " (" + duties.size() + ")"));
        card.addClassName("lw-card");
        card.setId(id);
        if (duties.isEmpty()) {
            card.add(PaperView.muted(getTranslation("paper.duties.none")));
            return card;
        }
        var grid = new Grid<Duty>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(d -> {
            var link = new Anchor("papiere/" + d.paperId() + "?fassung=" + d.versionNumber(), d.paperTitle());
            var version = new Span(" · " + getTranslation(d.adopted() ? "paper.version.short-adopted"
                    : "paper.version.short-draft", d.versionNumber()));
            version.addClassName("lw-muted");
            return new Span(link, version);
        }).setHeader(getTranslation("paper.duties.paper")).setFlexGrow(2);
        grid.addColumn(Duty::section).setHeader(getTranslation("paper.section")).setFlexGrow(1);
        grid.addColumn(Duty::task).setHeader(getTranslation("paper.task")).setFlexGrow(2);
        grid.addColumn(Duty::party).setHeader(getTranslation("paper.duties.party")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            var cell = new Span();
            RoleLetters.fill(this, cell.getElement(), d.roles());
            return cell;
        }).setHeader(getTranslation("paper.duties.roles")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> String.join(", ", d.informed())).setHeader(getTranslation("paper.duties.inform"))
                .setFlexGrow(1);
        grid.setItems(duties);
        grid.setAllRowsVisible(true);
        card.add(grid);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.duties.title") + " · " + getTranslation("app.name");
    }
}
