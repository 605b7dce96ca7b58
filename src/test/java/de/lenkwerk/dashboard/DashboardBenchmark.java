package de.lenkwerk.dashboard;

import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

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

    static final int BODIES = 50;
    static final int ORGANISATIONS = 30;
    static final int ACTIONS = 20_000;
    static final int MEASUREMENTS_PER_ACTION = 5;
    static final long ID_BASE = 1_000_000L;
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

    @Test
    void overviewDashboardBuildTime() throws Exception {
        var database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        var report = new ArrayList<String>();
        report.add("Lenkwerk dashboard benchmark, " + LocalDateTime.now().withNano(0) + ", " + database);
        report.add("data: %d bodies, %d organisations, %d actions, %d indicators, %d measurements"
                .formatted(BODIES, ORGANISATIONS, ACTIONS, ACTIONS, ACTIONS * MEASUREMENTS_PER_ACTION));

        if (count("select count(*) from body where id >= " + ID_BASE) == 0) {
            var start = System.nanoTime();
            generate();
            report.add("generating the data took %.1f s".formatted((System.nanoTime() - start) / 1e9));
            var refresh = System.nanoTime();
            SystemActor.run(actions::refreshAllTrafficLights);
            report.add("re-evaluating all traffic lights (nightly job) took %.1f s".formatted((System.nanoTime() - refresh) / 1e9));
        }
        assertThat(count("select count(*) from action")).isGreaterThanOrEqualTo(ACTIONS);

        var bodyId = ID_BASE + 1;
        var overall = measure(() -> dashboards.overview(DashboardFilter.NONE));
        var oneBody = measure(() -> dashboards.overview(new DashboardFilter(bodyId, null, null, null)));
        var oneOrganisation = measure(() -> dashboards.overview(new DashboardFilter(null, ID_BASE + 3, null, null)));
        report.add("overview, everything visible (administrator): " + overall);
        SystemActor.run(() -> {
            var where = dashboards.scope(DashboardFilter.NONE);
            report.add("  of which key figures:      " + measure(() -> dashboards.keyFigures(where)));
            report.add("  of which traffic lights:   " + measure(() -> dashboards.lights(where)));
            report.add("  of which matrix:           " + measure(() -> dashboards.matrix(DashboardFilter.NONE)));
            report.add("  of which indicators:       " + measure(() -> dashboards.indicators(where, 10)));
            report.add("  of which recent changes:   " + measure(() -> dashboards.recentChanges(where)));
        });
        report.add("overview of one body:                         " + oneBody);
        report.add("overview of one organisation:                 " + oneOrganisation);
        var sample = SystemActor.call(() -> dashboards.overview(DashboardFilter.NONE));
        report.add("what the overview found: %s, %d bodies with traffic lights, %d organisations x %d bodies in the matrix,"
                .formatted(sample.figures(), sample.lights().size(), sample.matrix().organisations().size(),
                        sample.matrix().bodies().size()) + " %d indicators listed".formatted(sample.indicators().size()));
        var bodySample = SystemActor.call(() -> dashboards.overview(new DashboardFilter(bodyId, null, null, null)));
        report.add("what the body overview found: " + bodySample.figures());
        report.add("target: the overview builds in under 200 ms on H2 at this size");

        var file = Path.of("target", "benchmarks", "dashboard-" + database.toLowerCase().replaceAll("[^a-z0-9]", "") + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
        System.out.println("written to " + file.toAbsolutePath());
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

    private void generate() {
        var random = new Random(42);
        var now = Timestamp.valueOf(LocalDateTime.now());
        var today = LocalDate.now();
        String[] types = {"JOBCENTER", "KOMMUNE", "AGENTUR_FUER_ARBEIT", "KAMMER", "NETZWERK", "TRAEGER"};
        batch("insert into organisation (id, name, short_name, type, active, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, true, 0, ?, ?)", ORGANISATIONS, i -> new Object[]{ID_BASE + i,
                "Benchmark-Organisation " + i, "BO" + i, types[i % types.length], now, now});
        batch("insert into person (id, full_name, organisation_id, version, created_at, updated_at) values (?, ?, ?, 0, ?, ?)",
                300, i -> new Object[]{ID_BASE + i, "Person " + i, ID_BASE + i % ORGANISATIONS, now, now});
        batch("insert into body (id, name, short_name, type, archived, action_prefix, version, created_at, updated_at)"
                + " values (?, ?, ?, 'STEERING_COMMITTEE', false, ?, 0, ?, ?)", BODIES, i -> new Object[]{ID_BASE + i,
                "Benchmark-Gremium " + i, "BG" + i, "BG" + i, now, now});
        String[] statuses = {"PLANNED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "BLOCKED", "DONE", "DROPPED"};
        batch("insert into action (id, body_id, number, title, owner_person_id, owner_organisation_id, start_date, deadline,"
                + " status, progress, rag, rag_reason, done_at, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GREY', '', ?, 0, ?, ?)", ACTIONS, i -> {
            var status = statuses[random.nextInt(statuses.length)];
            var person = random.nextInt(300);
            return new Object[]{ID_BASE + i, ID_BASE + i % BODIES, "BG" + (i % BODIES) + "-2026-" + i, "Maßnahme " + i,
                    ID_BASE + person, ID_BASE + person % ORGANISATIONS,
                    Date.valueOf(today.minusDays(30 + random.nextInt(300))), Date.valueOf(today.plusDays(random.nextInt(400) - 120)),
                    status, status.equals("DONE") ? 100 : random.nextInt(100),
                    status.equals("DONE") ? Timestamp.valueOf(LocalDateTime.now().minusDays(random.nextInt(200))) : null, now, now};
        });
        batch("insert into action_contributor (action_id, organisation_id) values (?, ?)", ACTIONS / 2,
                i -> new Object[]{ID_BASE + i * 2L, ID_BASE + (i + 7) % ORGANISATIONS});
        batch("insert into indicator (id, action_id, name, unit, baseline_value, baseline_date, target_value, target_date,"
                + " direction, latest_value, latest_date, version, created_at, updated_at)"
                + " values (?, ?, ?, 'Stück', 0, ?, 100, ?, 'UP', ?, ?, 0, ?, ?)", ACTIONS, i -> new Object[]{
                ID_BASE + i, ID_BASE + i, "Indikator " + i, Date.valueOf(today.minusDays(200)),
                Date.valueOf(today.plusDays(200)), random.nextInt(100), Date.valueOf(today.minusDays(1)), now, now});
        batch("insert into measurement (id, indicator_id, measured_on, measured_value, reported_by, version, created_at,"
                + " updated_at) values (?, ?, ?, ?, 'Benchmark', 0, ?, ?)", ACTIONS * MEASUREMENTS_PER_ACTION,
                i -> new Object[]{ID_BASE + i, ID_BASE + i / MEASUREMENTS_PER_ACTION,
                        Date.valueOf(today.minusDays(200 - (i % MEASUREMENTS_PER_ACTION) * 40L)), random.nextInt(100), now, now});
        batch("insert into change_entry (id, record_type, record_id, body_id, action_id, field, old_value, new_value,"
                + " changed_by, changed_at) values (?, 'ACTION', ?, ?, ?, 'action.progress', '10', '20', 'Benchmark', ?)",
                ACTIONS * 2, i -> new Object[]{ID_BASE + i, ID_BASE + i / 2, ID_BASE + (i / 2) % BODIES, ID_BASE + i / 2,
                        Timestamp.valueOf(LocalDateTime.now().minusMinutes(random.nextInt(100_000)))});
    }

    private void batch(String sql, int rows, java.util.function.IntFunction<Object[]> row) {
        var chunk = new ArrayList<Object[]>(1000);
        for (int i = 0; i < rows; i++) {
            chunk.add(row.apply(i));
            if (chunk.size() == 1000) {
                jdbc.batchUpdate(sql, chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            jdbc.batchUpdate(sql, chunk);
        }
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
