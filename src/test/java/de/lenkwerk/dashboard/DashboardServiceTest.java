package de.lenkwerk.dashboard;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.action.ActionFigures;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every figure on a dashboard counts exactly the actions that its link lists. */
@ServiceTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    TestData fixture;

    /**
     * A body whose member owns an action of every colour (red overdue, amber due soon, amber behind its indicator,
     * green, grey not started, done), led by two organisations; and a second body with an action of its own.
     */
    private TestData.Committee committee;
    private BodyItem other;
    private OrganisationItem jobcenter;
    private OrganisationItem city;

    @BeforeEach
    void setUp() {
        var today = fixture.today();
        committee = fixture.committee("Lagebild", MembershipRole.SECRETARIAT, MembershipRole.MEMBER, MembershipRole.READER);
        jobcenter = fixture.organisation("Jobcenter");
        city = fixture.organisation("Stadt");
        var body = committee.body();
        var owner = committee.member().personId();
        fixture.action(body, action("Überfällig", owner, jobcenter, today.minusDays(5), ActionStatus.IN_PROGRESS, 50));
        fixture.action(body, action("Bald fällig", owner, city, today.plusDays(7), ActionStatus.IN_PROGRESS, 70));
        fixture.action(body, action("Im Plan", owner, jobcenter, today.plusDays(100), ActionStatus.IN_PROGRESS, 10));
        fixture.action(body, action("Nicht begonnen", owner, city, today.plusDays(60), ActionStatus.PLANNED, 0));
        fixture.action(body, action("Erledigt", owner, jobcenter, today.plusDays(30), ActionStatus.DONE, 100));
        var behind = fixture.action(body, action("Hinter dem Indikator", owner, city, today.plusDays(50),
                ActionStatus.IN_PROGRESS, 50), fixture.indicator("Beratungen", 100, today.minusDays(50), today.plusDays(50)));
        fixture.measure(behind, today, 10);
        var ahead = fixture.action(body, action("Vor dem Indikator", owner, jobcenter, today.plusDays(50),
                ActionStatus.IN_PROGRESS, 50), fixture.indicator("Kurse", 100, today.minusDays(50), today.plusDays(50)));
        fixture.measure(ahead, today, 90);
        other = fixture.committee("Nachbarn", MembershipRole.SECRETARIAT).body();
        fixture.action(other, action("Fremd und überfällig", fixture.person("Fremd").id(), jobcenter, today.minusDays(3),
                ActionStatus.IN_PROGRESS, 20));
    }

    @Test
    void figuresBarsAndMatrixCellsMatchTheirListsForTheAdministrator() {
        fixture.signIn(fixture.administrator("Administration"));

        var overview = assertCountsMatch(DashboardFilter.NONE);

        assertThat(overview.lights()).extracting(ActionFigures.BodyLights::bodyShortName)
                .contains(committee.body().shortName(), other.shortName());
    }

    @Test
    void figuresMatchForTheSecretariatAndLeaveOutOtherBodies() {
        fixture.signIn(committee.secretariat());

        var overview = assertCountsMatch(DashboardFilter.NONE);

        assertThat(overview.lights()).extracting(ActionFigures.BodyLights::bodyShortName)
                .containsExactly(committee.body().shortName());
        assertThat(overview.figures().open()).isEqualTo(6);
        assertThat(overview.figures().overdue()).isEqualTo(1);
    }

    @Test
    void figuresMatchForAReaderFilteredByBodyAndOrganisation() {
        fixture.signIn(committee.reader());

        assertCountsMatch(new DashboardFilter(committee.id(), null, null, null));
        assertCountsMatch(new DashboardFilter(null, jobcenter.id(), null, null));
        var filtered = dashboards.overview(new DashboardFilter(null, jobcenter.id(), null, null));
        assertThat(filtered.matrix().organisations()).extracting(ActionFigures.MatrixHeader::shortName)
                .containsExactly(jobcenter.shortName());
        assertThat(filtered.figures().open()).as("the jobcenter's open actions in this body, not the neighbour's")
                .isEqualTo(3);
    }

    @Test
    void everyTrafficLightColourShowsAndIndicatorsComeWorstFirst() {
        fixture.signIn(committee.member());

        var overview = assertCountsMatch(DashboardFilter.NONE);

        var colours = overview.lights().stream().flatMap(b -> b.counts().keySet().stream()).distinct().toList();
        assertThat(colours).contains(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);
        var gaps = overview.indicators().stream().map(i -> i.achievementPercent() - i.expectedPercent()).toList();
        assertThat(gaps).hasSize(2).isSorted();
        assertThat(overview.indicators()).anySatisfy(i -> assertThat(i.behind()).isTrue());
        assertThat(overview.indicators()).anySatisfy(i -> assertThat(i.behind()).isFalse());
    }

    @Test
    void aBodyDashboardOfABodyWithoutRoleIsNotFound() {
        fixture.signIn(committee.member());
        assertThat(bodies.search("", true, Pageable.unpaged())).extracting(BodyItem::id).containsExactly(committee.id());
        assertThat(SystemActor.call(() -> bodies.get(other.id())).id()).as("the body exists").isEqualTo(other.id());

        assertThatThrownBy(() -> dashboards.overview(new DashboardFilter(other.id(), null, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> dashboards.trajectories(other.id())).isInstanceOf(RecordNotFoundException.class);
    }


    @Test
    void theOverviewTakesTheSameFewStatementsHoweverManyActionsIndicatorsAndMilestonesThereAre() {
        fixture.signIn(committee.member());
        var few = statements(() -> dashboards.overview(DashboardFilter.NONE));
        var fewForTheBody = statements(() -> dashboards.overview(new DashboardFilter(committee.id(), null, null, null)));

        // many more rows of every kind the dashboard reads: actions, contributors, indicators, milestones, values
        var today = fixture.today();
        var owner = committee.member().personId();
        for (int i = 0; i < 12; i++) {
            var indicator = new de.lenkwerk.action.IndicatorData("Teilnehmende " + i, "Personen", java.math.BigDecimal.ZERO,
                    today.minusDays(30), java.math.BigDecimal.valueOf(300), today.plusDays(60),
                    de.lenkwerk.action.IndicatorDirection.UP, de.lenkwerk.action.IndicatorAggregation.PERIOD_SUM,
                    de.lenkwerk.action.IndicatorBreakdown.NONE, java.util.List.of(),
                    java.util.List.of(new de.lenkwerk.action.Milestone(today.plusDays(10), java.math.BigDecimal.valueOf(100))));
            var data = new ActionData("Schulungstag " + i, null, owner, (i % 2 == 0 ? jobcenter : city).id(), null,
                    Set.of((i % 2 == 0 ? city : jobcenter).id()), today.minusDays(30), today.plusDays(i * 9 - 20),
                    ActionStatus.IN_PROGRESS, 5 * i, null, null, null, null);
            var action = fixture.action(committee.body(), data, indicator);
            fixture.measure(action, today.minusDays(20), 10 + i);
            fixture.measure(action, today.minusDays(5), 20 + i);
        }
        fixture.signIn(committee.member());
        var many = statements(() -> dashboards.overview(DashboardFilter.NONE));
        var manyForTheBody = statements(() -> dashboards.overview(new DashboardFilter(committee.id(), null, null, null)));

        assertThat(dashboards.overview(DashboardFilter.NONE).figures().open()).as("the new actions are counted")
                .isEqualTo(6 + 12);
        assertThat(many).as("statements with 19 actions, as with 7").isEqualTo(few);
        assertThat(manyForTheBody).as("statements of the body's overview").isEqualTo(fewForTheBody);
        // who sees what (3), key figures (1), lights (1), matrix (2 + 2 names), indicators (1 + 1 names), changes (3),
        // disagreements (1)
        assertThat(many).as("a handful of grouped queries, not one per row").isLessThanOrEqualTo(15);
    }

    @Test
    void aBodysTrajectoriesCarryMilestonesAndTheForecastForTheirChart() {
        var today = fixture.today();
        var indicator = new de.lenkwerk.action.IndicatorData("Teilnehmende", "Personen", java.math.BigDecimal.ZERO,
                today.minusDays(30), java.math.BigDecimal.valueOf(300), today.plusDays(30),
                de.lenkwerk.action.IndicatorDirection.UP, de.lenkwerk.action.IndicatorAggregation.PERIOD_SUM,
                de.lenkwerk.action.IndicatorBreakdown.NONE, java.util.List.of(),
                java.util.List.of(new de.lenkwerk.action.Milestone(today.minusDays(5), java.math.BigDecimal.valueOf(150))));
        var marathon = fixture.action(committee.body(), action("Schulungsmarathon", committee.member().personId(), city,
                today.plusDays(30), ActionStatus.IN_PROGRESS, 40), indicator);
        fixture.measure(marathon, today.minusDays(20), 40);
        fixture.measure(marathon, today.minusDays(10), 40);
        fixture.signIn(committee.reader());

        var series = dashboards.trajectories(committee.id()).stream().filter(s -> s.name().equals("Teilnehmende"))
                .findFirst().orElseThrow();

        assertThat(series.milestones()).extracting(de.lenkwerk.action.Milestone::targetValue)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(java.math.BigDecimal.valueOf(150));
        assertThat(series.points()).extracting(p -> p.value().intValue()).as("a running total of the periods")
                .containsExactly(40, 80);
        // 4 a day from 40 to 80: 240 of 300 by the target date, a miss
        assertThat(series.forecast().outcome()).isEqualTo(de.lenkwerk.action.Forecast.Outcome.MISS);
        assertThat(series.forecast().value()).isEqualByComparingTo("240");
    }

    @Test
    void aSecondVisitReadsNothingUntilAnActionChanges() {
        fixture.signIn(committee.member());
        var first = dashboards.overview(DashboardFilter.NONE);

        var again = statements(false, () -> dashboards.overview(DashboardFilter.NONE));
        assertThat(again).as("only who sees what is read again, not the figures").isLessThanOrEqualTo(3);
        assertThat(again).isLessThan(statements(true, () -> dashboards.overview(DashboardFilter.NONE)) - 8);

        fixture.action(committee.body(), action("Neu hinzugekommen", committee.member().personId(), city,
                fixture.today().plusDays(40), ActionStatus.IN_PROGRESS, 0));
        fixture.signIn(committee.member());

        var after = dashboards.overview(DashboardFilter.NONE);
        assertThat(after.figures().open()).as("the change shows at once").isEqualTo(first.figures().open() + 1);
        fixture.signIn(committee.reader());
        assertThat(dashboards.overview(DashboardFilter.NONE).figures().open()).as("another user's own figures")
                .isEqualTo(after.figures().open());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    DashboardCache cache;

    /** The SQL statements the database ran for this work, counted by H2's query statistics; the cache emptied first. */
    private long statements(Runnable work) {
        return statements(true, work);
    }

    private long statements(boolean emptyCache, Runnable work) {
        var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(database), "counted with H2's query statistics");
        if (emptyCache) {
            cache.clear();
        }
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            work.run();
            Long count = jdbc.queryForObject("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                    + " where lower(sql_statement) not like '%query_statistics%'", Long.class);
            return count == null ? 0 : count;
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
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

    private static ActionData action(String title, long ownerId, OrganisationItem organisation, LocalDate deadline,
                                     ActionStatus status, int progress) {
        return new ActionData(title, null, ownerId, organisation.id(), null, Set.of(), deadline.minusDays(100), deadline,
                status, progress, null, null, null, null);
    }
}
