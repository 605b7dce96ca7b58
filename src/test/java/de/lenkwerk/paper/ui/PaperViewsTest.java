package de.lenkwerk.paper.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.ui.OrganisationPicker;
import de.lenkwerk.paper.PaperItems.Party;
import de.lenkwerk.paper.PaperService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper page without a browser: the template copy in Dresden and how its parties become Dresden's own. */
@LenkwerkTest
class PaperViewsTest extends SpringBrowserlessTest {

    @Autowired
    PaperService papers;
    @Autowired
    OrganisationService organisations;

    private long dresdensPaper() {
        return papers.visible().stream().filter(p -> p.title().equals("Schnittstellenpapier Integration Dresden"))
                .findFirst().orElseThrow().id();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void dresdensCopyOfLeipzigsPaperNamesDresdensOrganisationsWithLeipzigsRoles() {
        var paper = papers.get(dresdensPaper(), null);

        assertThat(paper.templateTitle()).isEqualTo("Schnittstellenpapier Zuwanderung Jobcenter Leipzig");
        assertThat(paper.parties()).extracting(Party::label).contains("Jobcenter Dresden – Teamleitung",
                "Landeshauptstadt Dresden", "Agentur für Arbeit Dresden", "IQ Netzwerk Sachsen")
                .noneMatch(label -> label.contains("Leipzig"));
        var team = paper.parties().stream().filter(p -> p.label().equals("Jobcenter Dresden – Teamleitung"))
                .findFirst().orElseThrow();
        assertThat(paper.content().sections()).flatExtracting(s -> s.rows())
                .anySatisfy(row -> assertThat(row.roles(team.id())).isNotEmpty());
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theSecretariatReplacesAPartyOfTheUnadoptedCopyOnThePage() {
        var id = dresdensPaper();
        UI.getCurrent().navigate("papiere/" + id);
        var view = (PaperView) getCurrentView();
        var replaced = find(view, "paper-party-replaced", Select.class).orElseThrow();
        var organisation = find(view, "paper-party-organisation", OrganisationPicker.class).orElseThrow();
        var level = find(view, "paper-party-level", TextField.class).orElseThrow();
        var before = papers.get(id, null);
        var assistance = before.parties().stream().filter(p -> "Teamassistenz".equals(p.functionalLevel()))
                .findFirst().orElseThrow();

        @SuppressWarnings("unchecked")
        var select = (Select<Party>) replaced;
        select.setValue(assistance);
        organisation.setValue(organisations.get(assistance.organisationId()).orElseThrow());
        level.setValue("Eingangszone");
        test(find(view, "paper-party-replace", Button.class).orElseThrow()).click();

        var after = papers.get(id, null);
        assertThat(after.party(assistance.id()).label()).isEqualTo("Jobcenter Dresden – Eingangszone");
        assertThat(find((Component) getCurrentView(), "paper-parties", Component.class).orElseThrow().getElement()
                .getTextRecursively()).contains("Jobcenter Dresden – Eingangszone");
        // back as it was, for the other tests on the demo data
        papers.changeParty(id, after.version(), assistance.id(), assistance.organisationId(), "Teamassistenz");
    }

    @Test
    @WithUserDetails("admin")
    void anAdoptedPaperOffersNoReplacingOfParties() {
        var leipzig = papers.visible().stream().filter(p -> p.title().startsWith("Schnittstellenpapier Zuwanderung"))
                .findFirst().orElseThrow().id();
        UI.getCurrent().navigate("papiere/" + leipzig);
        assertThat(find((Component) getCurrentView(), "paper-party-replaced", Select.class)).isEmpty();
        assertThat(find((Component) getCurrentView(), "paper-legend", Component.class)).isPresent();
    }

    @Test
    @WithUserDetails("admin")
    void thePaperShowsItsHistoryInTheReadersLanguage() {
        var leipzig = papers.visible().stream().filter(p -> p.title().startsWith("Schnittstellenpapier Zuwanderung"))
                .findFirst().orElseThrow().id();
        UI.getCurrent().navigate("papiere/" + leipzig);
        var card = find((Component) getCurrentView(), "paper-history", Component.class).orElseThrow();
        var details = (com.vaadin.flow.component.details.Details) card.getChildren().findFirst().orElseThrow();
        assertThat(details.getSummaryText()).startsWith("Änderungshistorie (");

        details.setOpened(true);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<de.lenkwerk.history.HistoryEntry>) details.getContent()
                .findFirst().orElseThrow();
        var rows = test(grid);
        assertThat(rows.size()).isGreaterThan(10);
        var fields = new java.util.ArrayList<String>();
        for (int i = 0; i < rows.size(); i++) {
            fields.add(rows.getCellText(i, 2));
        }
        assertThat(fields).contains("Beschlossen", "Gelesen und anerkannt").noneMatch(f -> f.startsWith("!"));
    }

    private static <T extends Component> Optional<T> find(Component root, String id, Class<T> type) {
        if (root.getId().filter(id::equals).isPresent() && type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren().map(child -> find(child, id, type)).flatMap(Optional::stream).findFirst();
    }
}
