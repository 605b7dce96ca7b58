package de.lenkwerk.report;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.TestClock;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionFilter.Scope;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.dashboard.DashboardService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * For the same user, filter and day, the dashboard, the status report and the actions list count the same actions:
 * open, overdue, due soon, done recently and the traffic lights per body. All three get their conditions from the
 * action module's one scope; this test would catch a fourth definition creeping in.
 */
@LenkwerkTest
class FiguresAgreeEverywhereTest {

    /** An ordinary weekday, a month end, and the end of a February. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 30),
            LocalDate.of(2027, 2, 28));

    @Autowired
    DashboardService dashboards;
    @Autowired
    StatusReportService reports;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheSameFiguresOnTheDashboardInTheReportAndInTheList() {
        assertAgreeOnEveryDay(DashboardFilter.NONE);
        assertAgreeOnEveryDay(new DashboardFilter(body("LA Dresden").id(), null, null, null));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theSecretariatSeesTheSameFiguresEverywhereAlsoForAnOrganisationAndAPeriod() {
        var jobcenter = organisation("Jobcenter Dresden");
        assertAgreeOnEveryDay(DashboardFilter.NONE);
        assertAgreeOnEveryDay(new DashboardFilter(null, jobcenter.id(), null, null));
        assertAgreeOnEveryDay(new DashboardFilter(null, null, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31)));
    }

    @Test
    @WithUserDetails("verantwortlich")
    void anOwnerSeesTheSameFiguresEverywhereIncludingActionsTheyOwnInOtherBodies() {
        assertAgreeOnEveryDay(DashboardFilter.NONE);
    }

    @Test
    @WithUserDetails("leser")
    void aReaderSeesTheSameFiguresEverywhere() {
        assertAgreeOnEveryDay(DashboardFilter.NONE);
        assertAgreeOnEveryDay(new DashboardFilter(body("LA Dresden").id(), null, null, null));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void generatedActionsAreCountedAlikeEverywhereAndStayInvisibleToAnotherBodysSecretariat() {
        // created on a fixed day too, so that done-at and change times do not depend on when the test runs
        clock.set(DAYS.getFirst().minusDays(10));
        var body = SystemActor.call(this::generateBody);
        var onlyBody = new DashboardFilter(body.id(), null, null, null);

        SystemActor.run(() -> {
            for (var day : DAYS) {
                clock.set(day);
                var figures = assertAgree(onlyBody, day);
                assertThat(figures.total()).as("generated actions").isEqualTo(40);
                assertThat(figures.open()).as("open on " + day).isPositive();
                assertThat(figures.overdue()).as("overdue on " + day).isPositive();
                assertThat(figures.dueSoon()).as("due soon on " + day).isPositive();
            }
            assertAgreeOnEveryDay(DashboardFilter.NONE);
            assertThat(dashboards.overview(onlyBody).recentChanges()).hasSize(8)
                    .allSatisfy(c -> assertThat(c.number()).startsWith(body.actionPrefix()));
        });

        // geschaeftsstelle is the secretariat of other bodies only: none of the three shows this body's actions
        for (var day : DAYS) {
            clock.set(day);
            assertAgree(DashboardFilter.NONE, day);
            var overview = dashboards.overview(DashboardFilter.NONE);
            assertThat(overview.lights()).noneSatisfy(l -> assertThat(l.bodyId()).isEqualTo(body.id()));
            assertThat(overview.recentChanges()).isNotEmpty()
                    .noneSatisfy(c -> assertThat(c.number()).startsWith(body.actionPrefix()));
            assertThat(actions.count(ActionFilter.ofBody(body.id()))).isZero();
            var report = reports.content(new StatusReportRequest(ActionFilter.NONE, null, null, Locale.GERMAN));
            assertThat(report.lights()).noneSatisfy(l -> assertThat(l.bodyShortName()).isEqualTo(body.shortName()));
            report.actions().forEach(a -> assertThat(a.bodyShortName()).isNotEqualTo(body.shortName()));
            assertThatThrownBy(() -> reports.content(new StatusReportRequest(ActionFilter.ofBody(body.id()), null, null,
                    Locale.GERMAN))).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> dashboards.overview(onlyBody)).isInstanceOf(RecordNotFoundException.class);
        }
    }

    private void assertAgreeOnEveryDay(DashboardFilter filter) {
        for (var day : DAYS) {
            clock.set(day);
            assertAgree(filter, day);
        }
    }

    /** Dashboard, report and list agree on every key figure and every traffic-light count of this filter. */
    private ReportContent.Figures assertAgree(DashboardFilter filter, LocalDate day) {
        var overview = dashboards.overview(filter);
        var report = reports.content(new StatusReportRequest(filter.toActionFilter(), null, null, Locale.GERMAN));
        var dashboard = overview.figures();
        var list = new ReportContent.Figures(actions.count(filter.toActionFilter()),
                actions.count(filter.toActionFilter(Scope.OPEN)), actions.count(filter.toActionFilter(Scope.OVERDUE)),
                actions.count(filter.toActionFilter(Scope.DUE_SOON)),
                actions.count(filter.toActionFilter(Scope.DONE_RECENTLY)));
        var asOf = filter + " on " + day;

        assertThat(new ReportContent.Figures(dashboard.total(), dashboard.open(), dashboard.overdue(),
                dashboard.dueSoon(), dashboard.doneRecently())).as("dashboard, " + asOf).isEqualTo(list);
        assertThat(report.figures()).as("report, " + asOf).isEqualTo(list);
        var reportRows = new long[1];
        report.actions().forEach(a -> reportRows[0]++);
        assertThat(reportRows[0]).as("report rows, " + asOf).isEqualTo(list.total());

        var dashboardLights = new HashMap<String, Map<Rag, Long>>();
        long lit = 0;
        for (var body : overview.lights()) {
            dashboardLights.put(body.bodyShortName(), body.counts());
            for (var rag : Rag.values()) {
                assertThat(body.count(rag)).as(body.bodyShortName() + " " + rag + ", " + asOf)
                        .isEqualTo(actions.count(body.filter(filter.toActionFilter(), rag)));
                lit += body.count(rag);
            }
        }
        assertThat(lit).as("lights add up to the open actions, " + asOf).isEqualTo(list.open());
        var reportLights = new HashMap<String, Map<Rag, Long>>();
        report.lights().forEach(l -> reportLights.put(l.bodyShortName(), l.counts()));
        assertThat(reportLights).as("report lights, " + asOf).isEqualTo(dashboardLights);
        return list;
    }

    /** A body with 40 actions: seeded random deadlines around the test days, statuses and organisations. */
    private BodyItem generateBody() {
        var random = new Random(20261130L);
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var body = bodies.create(new BodyData("Zählgremium " + suffix, "ZG " + suffix, BodyType.WORKING_GROUP, null,
                null, false, "ZG-" + suffix));
        var owner = people.create(new PersonData("Zora Zählt " + suffix, null, null));
        var orgs = organisations.search("", PageRequest.of(0, 6));
        var statuses = ActionStatus.values();
        var firstDeadline = DAYS.getFirst().minusDays(40);
        for (int i = 0; i < 40; i++) {
            var lead = random.nextInt(4) == 0 ? null : orgs.get(random.nextInt(orgs.size())).id();
            var contributors = new HashSet<Long>();
            for (int c = random.nextInt(3); c > 0; c--) {
                contributors.add(orgs.get(random.nextInt(orgs.size())).id());
            }
            var status = statuses[random.nextInt(statuses.length)];
            var deadline = firstDeadline.plusDays(random.nextInt(150));
            actions.create(body.id(), new ActionData("Zählmaßnahme " + i, null, owner.id(), lead, null, contributors,
                    null, deadline, status, status == ActionStatus.DONE ? 100 : random.nextInt(100), null, null, null,
                    null), null);
        }
        return body;
    }

    private BodyItem body(String shortName) {
        return SystemActor.call(() -> bodies.search("", true, PageRequest.of(0, 100)).stream()
                .filter(b -> b.shortName().equals(shortName)).findFirst().orElseThrow());
    }

    private OrganisationItem organisation(String name) {
        return organisations.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
