package de.lenkwerk.dashboard;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionFigures;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every figure on a dashboard counts exactly the actions that its link lists. */
@LenkwerkTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("admin")
    void figuresBarsAndMatrixCellsMatchTheirListsForTheAdministrator() {
        assertCountsMatch(DashboardFilter.NONE);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void figuresMatchForTheSecretariatAndLeaveOutOtherBodies() {
        var overview = assertCountsMatch(DashboardFilter.NONE);

        assertThat(overview.lights()).extracting(ActionFigures.BodyLights::bodyShortName)
                .contains("LA Dresden").doesNotContain("SV Leipzig", "IQ Schulungen");
    }

    @Test
    @WithUserDetails("leser")
    void figuresMatchForAReaderFilteredByBodyAndOrganisation() {
        var body = bodies.search("Lenkungsausschuss Integration", false, PageRequest.of(0, 1)).getFirst();
        var jobcenter = organisations.search("Jobcenter Dresden", PageRequest.of(0, 1)).getFirst();

        assertCountsMatch(new DashboardFilter(body.id(), null, null, null));
        assertCountsMatch(new DashboardFilter(null, jobcenter.id(), null, null));
        var filtered = dashboards.overview(new DashboardFilter(null, jobcenter.id(), null, null));
        assertThat(filtered.matrix().organisations()).extracting(ActionFigures.MatrixHeader::shortName)
                .containsExactly("JC DD");
    }

    @Test
    @WithUserDetails("verantwortlich")
    void theDemoShowsEveryTrafficLightColourAndIndicatorsWorstFirst() {
        var overview = assertCountsMatch(DashboardFilter.NONE);

        var colours = overview.lights().stream().flatMap(b -> b.counts().keySet().stream()).distinct().toList();
        assertThat(colours).contains(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);
        var gaps = overview.indicators().stream().map(i -> i.achievementPercent() - i.expectedPercent()).toList();
        assertThat(gaps).isSorted();
        assertThat(overview.indicators()).anySatisfy(i -> assertThat(i.behind()).isTrue());
    }

    @Test
    @WithUserDetails("verantwortlich")
    void aBodyDashboardOfABodyWithoutRoleIsNotFound() {
        var leipzig = bodies.search("", true, PageRequest.of(0, 100)).stream()
                .filter(b -> b.shortName().equals("SV Leipzig")).findFirst();
        assertThat(leipzig).isEmpty();
        var id = de.lenkwerk.security.SystemActor.call(() -> bodies.search("Schnittstellenvereinbarung Jobcenter Leipzig",
                true, PageRequest.of(0, 1)).getFirst().id());

        assertThatThrownBy(() -> dashboards.overview(new DashboardFilter(id, null, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> dashboards.trajectories(id)).isInstanceOf(RecordNotFoundException.class);
    }

    private DashboardRecords.Overview assertCountsMatch(DashboardFilter filter) {
        var overview = dashboards.overview(filter);
        var figures = overview.figures();
        assertThat(figures.open()).isEqualTo(actions.count(filter.toActionFilter(ActionFilter.Scope.OPEN)));
        assertThat(figures.overdue()).isEqualTo(actions.count(filter.toActionFilter(ActionFilter.Scope.OVERDUE)));
        assertThat(figures.dueSoon()).isEqualTo(actions.count(filter.toActionFilter(ActionFilter.Scope.DUE_SOON)));
        assertThat(figures.doneRecently()).isEqualTo(actions.count(filter.toActionFilter(ActionFilter.Scope.DONE_RECENTLY)));
        assertThat(figures.open()).isPositive();

        long barTotal = 0;
        for (var body : overview.lights()) {
            for (var rag : Rag.values()) {
                assertThat(body.count(rag)).as(body.bodyShortName() + " " + rag)
                        .isEqualTo(actions.count(body.filter(filter.toActionFilter(), rag)));
                barTotal += body.count(rag);
            }
        }
        assertThat(barTotal).isEqualTo(figures.open());

        for (var cell : overview.matrix().cells().values()) {
            assertThat(cell.open()).isEqualTo(actions.count(cell.openFilter(filter.toActionFilter())));
            assertThat(cell.overdue()).isEqualTo(actions.count(cell.overdueFilter(filter.toActionFilter())));
            assertThat(cell.done()).isEqualTo(actions.count(cell.doneFilter(filter.toActionFilter())));
        }
        return overview;
    }
}
