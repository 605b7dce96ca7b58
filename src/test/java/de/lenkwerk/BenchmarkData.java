package de.lenkwerk;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Random;

/**
 * The large data set of the benchmarks: 50 bodies, 30 organisations, 20,000 actions with one indicator each and
 * 100,000 measurements, inserted with JDBC batches (ids from 1,000,000 on, so they never meet the app's own). Every
 * fourth indicator counts per period, is broken down by four cities (100,000 values per category) and has a
 * milestone; every indicator has a forecast, and every tenth action an owner's confidence.
 */
public final class BenchmarkData {

    public static final int BODIES = 50;
    public static final int ORGANISATIONS = 30;
    public static final int ACTIONS = 20_000;
    public static final int MEASUREMENTS_PER_ACTION = 5;
    public static final long ID_BASE = 1_000_000L;
    public static final int BROKEN_DOWN_EVERY = 4;
    public static final String[] CITIES = {"Dresden", "Leipzig", "Chemnitz", "Zwickau"};

    private final JdbcTemplate jdbc;

    public BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** H2 as a real installation runs it: in a file, and without result reuse, so every run really computes. */
    public static void database(DynamicPropertyRegistry registry) {
        var url = System.getProperty("spring.datasource.url", "");
        if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:file:./target/benchmark/lenkwerk-bench;OPTIMIZE_REUSE_RESULTS=FALSE");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    public boolean present() {
        Long bodies = jdbc.queryForObject("select count(*) from body where id >= " + ID_BASE, Long.class);
        return bodies != null && bodies > 0;
    }

    /** Data generated before indicators had breakdowns gets them added by {@link #addBreakdowns()}. */
    public boolean hasBreakdowns() {
        Long categories = jdbc.queryForObject("select count(*) from indicator_category where indicator_id >= " + ID_BASE,
                Long.class);
        return categories != null && categories > 0;
    }

    public void addBreakdowns() {
        var random = new Random(15);
        var today = LocalDate.now();
        int brokenDown = ACTIONS / BROKEN_DOWN_EVERY;
        jdbc.update("update indicator set aggregation = 'PERIOD_SUM', breakdown = 'LIST' where id >= ? and mod(id, ?) = 0",
                ID_BASE, BROKEN_DOWN_EVERY);
        batch("insert into indicator_category (indicator_id, position, name) values (?, ?, ?)",
                brokenDown * CITIES.length, i -> new Object[]{ID_BASE + (long) (i / CITIES.length) * BROKEN_DOWN_EVERY,
                        i % CITIES.length, CITIES[i % CITIES.length]});
        batch("insert into indicator_milestone (indicator_id, due_on, target_value) values (?, ?, 50)", brokenDown,
                i -> new Object[]{ID_BASE + (long) i * BROKEN_DOWN_EVERY, Date.valueOf(today.minusDays(20))});
        // the measurements of indicator k are ids k*5 … k*5+4 (from ID_BASE on)
        batch("insert into measurement_category_value (measurement_id, category, category_value) values (?, ?, ?)",
                brokenDown * MEASUREMENTS_PER_ACTION * CITIES.length, i -> {
                    var indicator = (long) (i / (MEASUREMENTS_PER_ACTION * CITIES.length)) * BROKEN_DOWN_EVERY;
                    var measurement = indicator * MEASUREMENTS_PER_ACTION + (i / CITIES.length) % MEASUREMENTS_PER_ACTION;
                    return new Object[]{ID_BASE + measurement, CITIES[i % CITIES.length], random.nextInt(30)};
                });
        jdbc.update("update indicator set forecast_value = latest_value + 20, forecast_points = 5 where id >= ?", ID_BASE);
        jdbc.update("update action set confidence = case when mod(id, 20) = 0 then 'LOW' else 'HIGH' end"
                + " where id >= ? and mod(id, 10) = 0", ID_BASE);
    }

    public void generate() {
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
        addBreakdowns();
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
}
