package de.lenkwerk.action.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.Rag;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
class ActionViewsTest extends SpringBrowserlessTest {

    @Autowired
    ActionService actions;

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theListReadsItsFiltersFromTheAddress() {
        com.vaadin.flow.component.UI.getCurrent().navigate("massnahmen",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("ampel", "RED", "suche", "Schnittstellenpapier")));
        var view = (ActionListView) getCurrentView();

        assertThat(view.rag.getValue()).isEqualTo(Rag.RED);
        assertThat(view.text.getValue()).isEqualTo("Schnittstellenpapier");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).title()).startsWith("Verbindliches Schnittstellenpapier");
        assertThat(view.count.getText()).isEqualTo("1 Maßnahme");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aSecretariatOnlySeesItsOwnBodiesInTheList() {
        var view = navigate(ActionListView.class);

        var bodies = actions.list(ActionFilter.NONE, Pageable.unpaged()).stream().map(ActionListItem::bodyShortName).distinct();
        assertThat(bodies).doesNotContain("SV Leipzig", "IQ Schulungen");
        assertThat(test(view.grid).size()).isEqualTo((int) actions.count(ActionFilter.NONE));
    }

    @Test
    @WithUserDetails("verantwortlich")
    void myActionsListsWhatTheOwnerIsResponsibleFor() {
        var view = navigate(MyActionsView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).ownerName()).isIn("Markus Lehmann", "Petra Schulz", "Sabine Hoffmann", "Jens Krüger");
        }
        assertThat(grid.getHeaderCell(0)).isEqualTo("Ampel");
        assertThat(grid.getHeaderCell(1)).isEqualTo("Nr.");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aConcurrentChangeIsReportedWithNameAndTimeAndTheInputStays() {
        var id = actions.list(new ActionFilter(null, null, null, null, null, null, null, "Datenaustausch", false, null),
                Pageable.unpaged()).getFirst().id();
        var view = navigate(ActionView.class, id);
        var details = $(ActionDetailsTab.class).single();

        SystemActor.runAs("Thomas Richter", () -> {
            var current = actions.get(id);
            var d = current.toData();
            actions.update(id, current.version(), new ActionData(d.title(), "Zwischendurch geändert", d.ownerPersonId(),
                    d.ownerOrganisationId(), d.deputyPersonId(), d.contributorIds(), d.startDate(), d.deadline(), d.status(),
                    d.progress(), d.sourceMeetingId(), d.sourceAgendaItemId(), d.sourceReference(), d.parentId()));
        });
        test(details.form.title).setValue("Mein neuer Titel");
        test(details.save).click();

        assertThat(details.errors.isVisible()).isTrue();
        assertThat(details.errors.getElement().getTextRecursively()).startsWith("Thomas Richter hat diesen Datensatz inzwischen geändert");
        assertThat(details.form.title.getValue()).isEqualTo("Mein neuer Titel");
        assertThat(actions.get(id).title()).isNotEqualTo("Mein neuer Titel");
        assertThat(view).isNotNull();
    }
}
