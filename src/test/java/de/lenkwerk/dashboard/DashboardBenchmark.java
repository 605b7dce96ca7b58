package de.lenkwerk.dashboard;

import de.lenkwerk.BenchmarkData;
import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.action.ActionFigures;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;

import static de.lenkwerk.BenchmarkData.ACTIONS;
import static de.lenkwerk.BenchmarkData.BODIES;
import static de.lenkwerk.BenchmarkData.ID_BASE;
import static de.lenkwerk.BenchmarkData.MEASUREMENTS_PER_ACTION;
import static de.lenkwerk.BenchmarkData.ORGANISATIONS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test but a benchmark (it is not named *Test, so {@code ./mvnw verify} skips it). It fills the database
 * with 50 bodies, 30 organisations, 20,000 actions and 100,000 measurements, then reports how long the overview
 * dashboard takes to build on the server, and writes the figures to {@code target/benchmarks/}.
 *
 * <pre>
 * ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false              # H2 (file)
 * ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Ppostgres   # PostgreSQL
 * </pre>
 */
@ExtendWith(OneSecurityContextPerTest.class)
@SpringBootTest(properties = "lenkwerk.traffic-light.refresh-cron=-")
class DashboardBenchmark {

    static final int RUNS = 20;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var url = System.getProperty("spring.datasource.url", "");
        if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
            // H2 as a real installation runs it: in a file, not in memory
            // without H2's result reuse, so that every run really computes the figures
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:file:./target/benchmark/lenkwerk-bench;OPTIMIZE_REUSE_RESULTS=FALSE");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ActionService actions;
    @Autowired
    ActionFigures figures;
    @Autowired
    Clock clock;
    @Autowired
    DashboardCache cache;

    @Test
    void overviewDashboardBuildTime() throws Exception {
        var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        var report = new ArrayList<String>();
        report.add("Lenkwerk dashboard benchmark, " + LocalDateTime.now(clock).withNano(0) + ", " + database);
        report.add("data: %d bodies, %d organisations, %d actions, %d indicators, %d measurements"
                .formatted(BODIES, ORGANISATIONS, ACTIONS, ACTIONS, ACTIONS * MEASUREMENTS_PER_ACTION));

        if (!new BenchmarkData(jdbc).present()) {
            var start = System.nanoTime();
            new BenchmarkData(jdbc).generate();
            report.add("generating the data took %.1f s".formatted((System.nanoTime() - start) / 1e9));
            var refresh = System.nanoTime();
            SystemActor.run(actions::refreshAllTrafficLights);
            report.add("re-evaluating all traffic lights (nightly job) took %.1f s".formatted((System.nanoTime() - refresh) / 1e9));
        }
        if (!new BenchmarkData(jdbc).hasBreakdowns()) {
            new BenchmarkData(jdbc).addBreakdowns();
            SystemActor.run(actions::refreshAllTrafficLights);
            report.add("added breakdowns, milestones, forecasts and confidences to the data generated before");
        }
        report.add("breakdowns: %d indicators by %d categories, %d values per category, %d milestones, %d confidences"
                .formatted(count("select count(distinct indicator_id) from indicator_category"),
                        BenchmarkData.CITIES.length, count("select count(*) from measurement_category_value"),
                        count("select count(*) from indicator_milestone"),
                        count("select count(*) from action where confidence is not null")));
        var lightsStart = System.nanoTime();
        SystemActor.run(actions::refreshAllTrafficLights);
        report.add("re-evaluating all traffic lights (nightly job, with milestones and forecasts) took %.1f s"
                .formatted((System.nanoTime() - lightsStart) / 1e9));
        assertThat(count("select count(*) from action")).isGreaterThanOrEqualTo(ACTIONS);

        var bodyId = ID_BASE + 1;
        // first visits: the figures kept between changes are forgotten before every run, so every run computes
        var overall = measure(() -> firstVisit(DashboardFilter.NONE));
        var oneBody = measure(() -> firstVisit(new DashboardFilter(bodyId, null, null, null)));
        var oneOrganisation = measure(() -> firstVisit(new DashboardFilter(null, ID_BASE + 3, null, null)));
        var again = measure(() -> dashboards.overview(DashboardFilter.NONE));
        report.add("overview, everything visible (administrator): " + overall);
        report.add("  the same again before any change (kept):   " + again);
        SystemActor.run(() -> {
            var scope = figures.scope(DashboardFilter.NONE.toActionFilter());
            report.add("  of which key figures:      " + measure(() -> figures.keyFigures(scope)));
            report.add("  of which traffic lights:   " + measure(() -> figures.lights(scope)));
            report.add("  of which matrix:           " + measure(() -> figures.matrix(scope)));
            report.add("  of which indicators:       " + measure(() -> figures.indicatorStandings(scope, 10)));
            report.add("  of which recent changes:   " + measure(() -> figures.recentChanges(scope, 8)));
            report.add("  of which disagreements:    " + measure(() -> figures.disagreements(scope, 10)));
        });
        report.add("overview of one body:                         " + oneBody);
        report.add("overview of one organisation:                 " + oneOrganisation);
        var sample = SystemActor.call(() -> dashboards.overview(DashboardFilter.NONE));
        report.add("what the overview found: %s, %d bodies with traffic lights, %d organisations x %d bodies in the matrix,"
                .formatted(sample.figures(), sample.lights().size(), sample.matrix().organisations().size(),
                        sample.matrix().bodies().size()) + " %d indicators listed, %d disagreements listed".formatted(sample.indicators().size(),
                        sample.disagreements().size()));
        var bodySample = SystemActor.call(() -> dashboards.overview(new DashboardFilter(bodyId, null, null, null)));
        report.add("what the body overview found: " + bodySample.figures());
        report.add("target: the overview builds in under 200 ms on H2 at this size");

        var file = Path.of("target", "benchmarks", "dashboard-" + database.toLowerCase().replaceAll("[^a-z0-9]", "") + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
        System.out.println("written to " + file.toAbsolutePath());
    }

    private void firstVisit(DashboardFilter filter) {
        cache.clear();
        dashboards.overview(filter);
    }

    private String measure(Runnable work) {
        return SystemActor.call(() -> {
            for (int i = 0; i < 5; i++) {
                work.run();
            }
            var times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                var start = System.nanoTime();
                work.run();
                times[i] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            return "median %d ms, 90th percentile %d ms, max %d ms (%d runs after 5 warm-ups)"
                    .formatted(times[RUNS / 2] / 1_000_000, times[(int) (RUNS * 0.9)] / 1_000_000,
                            times[RUNS - 1] / 1_000_000, RUNS);
        });
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
