package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.IndicatorProgress;
import de.lenkwerk.action.Rag;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.dashboard.DashboardRecords.BodyLights;
import de.lenkwerk.dashboard.DashboardRecords.IndicatorSeries;
import de.lenkwerk.dashboard.DashboardRecords.IndicatorStanding;
import de.lenkwerk.dashboard.DashboardRecords.KeyFigures;
import de.lenkwerk.dashboard.DashboardRecords.Matrix;
import de.lenkwerk.dashboard.DashboardRecords.MatrixCell;
import de.lenkwerk.dashboard.DashboardRecords.MatrixHeader;
import de.lenkwerk.dashboard.DashboardRecords.Overview;
import de.lenkwerk.dashboard.DashboardRecords.RecentChange;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the dashboards, aggregated in SQL over exactly the actions the user may see: their bodies, plus
 * actions they own or deputise. Every figure has an {@link ActionFilter} that lists the same actions (ADR 004).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    private static final String OPEN = "a.status not in ('DONE', 'DROPPED')";
    private static final int TOP = 10;

    private final JdbcClient jdbc;
    private final BodyAccess access;
    private final CurrentUser currentUser;

    DashboardService(JdbcClient jdbc, BodyAccess access, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentUser = currentUser;
    }

    public Overview overview(DashboardFilter filter) {
        if (filter.bodyId() != null) {
            access.requireRead(filter.bodyId());
        }
        var scope = scope(filter);
        return new Overview(keyFigures(scope), lights(scope), matrix(filter), indicators(scope, TOP), recentChanges(scope));
    }

    KeyFigures keyFigures(Where where) {
        var today = LocalDate.now();
        var params = new HashMap<>(where.params());
        params.put("today", Date.valueOf(today));
        params.put("soon", Date.valueOf(today.plusDays(ActionFilter.Scope.DUE_SOON_DAYS)));
        params.put("doneSince", Timestamp.valueOf(today.minusDays(ActionFilter.Scope.RECENT_DAYS).atStartOfDay()));
        return jdbc.sql("""
                        select
                          coalesce(sum(case when %1$s then 1 else 0 end), 0) as open_count,
                          coalesce(sum(case when %1$s and a.deadline < :today then 1 else 0 end), 0) as overdue_count,
                          coalesce(sum(case when %1$s and a.deadline >= :today and a.deadline <= :soon then 1 else 0 end), 0)
                            as due_soon_count,
                          coalesce(sum(case when a.status = 'DONE' and a.done_at >= :doneSince then 1 else 0 end), 0)
                            as done_count
                        from action a
                        """.formatted(OPEN) + where.sql())
                .params(params)
                .query((rs, i) -> new KeyFigures(rs.getLong("open_count"), rs.getLong("overdue_count"),
                        rs.getLong("due_soon_count"), rs.getLong("done_count")))
                .single();
    }

    List<BodyLights> lights(Where where) {
        var byBody = new LinkedHashMap<Long, BodyLights>();
        jdbc.sql("select b.id, b.short_name, a.rag, count(*) as n from action a join body b on b.id = a.body_id"
                        + where.sql() + " and " + OPEN + " group by b.id, b.short_name, a.rag order by b.short_name")
                .params(where.params())
                .query((rs, i) -> {
                    var body = byBody.computeIfAbsent(rs.getLong("id"),
                            id -> new BodyLights(id, safe(rs, "short_name"), new EnumMap<>(Rag.class)));
                    body.counts().put(Rag.valueOf(rs.getString("rag")), rs.getLong("n"));
                    return body;
                }).list();
        return List.copyOf(byBody.values());
    }

    /**
     * Who does what. Lead and contributing organisations are counted in two grouped queries (cheaper than one over a
     * union); an organisation that leads and also contributes to the same action counts once.
     */
    Matrix matrix(DashboardFilter filter) {
        var cells = new HashMap<String, MatrixCell>();
        var lead = scope(filter, "a.owner_organisation_id");
        var params = new HashMap<>(lead.params());
        params.put("today", Date.valueOf(LocalDate.now()));
        var counts = """
                sum(case when %1$s then 1 else 0 end) as open_count,
                sum(case when %1$s and a.deadline < :today then 1 else 0 end) as overdue_count,
                sum(case when a.status = 'DONE' then 1 else 0 end) as done_count
                """.formatted(OPEN);
        jdbc.sql("select a.owner_organisation_id as org_id, a.body_id, " + counts + " from action a" + lead.sql()
                        + " and a.owner_organisation_id is not null group by a.owner_organisation_id, a.body_id")
                .params(params).query((rs, i) -> add(cells, rs)).list();
        var contributing = scope(filter, "c.organisation_id");
        params = new HashMap<>(contributing.params());
        params.put("today", Date.valueOf(LocalDate.now()));
        jdbc.sql("select c.organisation_id as org_id, a.body_id, " + counts
                        + " from action_contributor c join action a on a.id = c.action_id" + contributing.sql()
                        + " and (a.owner_organisation_id is null or a.owner_organisation_id <> c.organisation_id)"
                        + " group by c.organisation_id, a.body_id")
                .params(params).query((rs, i) -> add(cells, rs)).list();
        var organisationIds = cells.values().stream().map(MatrixCell::organisationId).distinct().toList();
        var bodyIds = cells.values().stream().map(MatrixCell::bodyId).distinct().toList();
        return new Matrix(headers("organisation", organisationIds), headers("body", bodyIds), cells);
    }

    private static MatrixCell add(Map<String, MatrixCell> cells, java.sql.ResultSet rs) throws java.sql.SQLException {
        var key = rs.getLong("org_id") + "/" + rs.getLong("body_id");
        var cell = new MatrixCell(rs.getLong("org_id"), rs.getLong("body_id"), rs.getLong("open_count"),
                rs.getLong("overdue_count"), rs.getLong("done_count"));
        return cells.merge(key, cell, (a, b) -> new MatrixCell(a.organisationId(), a.bodyId(), a.open() + b.open(),
                a.overdue() + b.overdue(), a.done() + b.done()));
    }

    /** Names of the organisations or bodies that appear in the matrix, sorted by short name. */
    private List<MatrixHeader> headers(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, short_name, name from " + table + " where id in (:ids) order by short_name")
                .param("ids", ids)
                .query((rs, i) -> new MatrixHeader(rs.getLong("id"), rs.getString("short_name"), rs.getString("name")))
                .list();
    }

    List<IndicatorStanding> indicators(Where where, int limit) {
        var today = LocalDate.now();
        var standings = jdbc.sql("""
                        select i.id, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value, i.target_date,
                               i.direction, i.latest_value, a.id as action_id, a.number, a.title
                        from indicator i join action a on a.id = i.action_id
                        """ + where.sql() + " and " + OPEN)
                .params(where.params())
                .query((rs, i) -> {
                    var baseline = rs.getBigDecimal("baseline_value");
                    var baselineDate = rs.getDate("baseline_date").toLocalDate();
                    var target = rs.getBigDecimal("target_value");
                    var targetDate = rs.getDate("target_date").toLocalDate();
                    var latest = rs.getBigDecimal("latest_value");
                    var expected = IndicatorProgress.expectedValue(baseline, baselineDate, target, targetDate, today);
                    var behind = IndicatorProgress.isBehind(baseline, baselineDate, target, targetDate,
                            de.lenkwerk.action.IndicatorDirection.valueOf(rs.getString("direction")), latest, today);
                    return new IndicatorStanding(rs.getLong("id"), rs.getLong("action_id"), rs.getString("number"),
                            rs.getString("title"), rs.getString("name"), rs.getString("unit"),
                            IndicatorProgress.achievementPercent(baseline, target, latest),
                            IndicatorProgress.achievementPercent(baseline, target, expected), behind, latest, target,
                            targetDate);
                }).list();
        return standings.stream()
                .sorted(Comparator.comparingInt((IndicatorStanding s) -> s.achievementPercent() - s.expectedPercent())
                        .thenComparing(IndicatorStanding::actionNumber))
                .limit(limit).toList();
    }

    /** The newest history entries first, stopping early (index on changed_at); one line per action. */
    List<RecentChange> recentChanges(Where where) {
        var latest = new LinkedHashMap<Long, RecentChange>();
        jdbc.sql("select a.id, a.number, a.title, c.changed_at from change_entry c join action a on a.id = c.action_id"
                        + where.sql() + " order by c.changed_at desc fetch first 200 rows only")
                .params(where.params())
                .query((rs, i) -> latest.putIfAbsent(rs.getLong("id"), new RecentChange(rs.getLong("id"),
                        rs.getString("number"), rs.getString("title"), rs.getTimestamp("changed_at").toLocalDateTime())))
                .list();
        return latest.values().stream().limit(8).toList();
    }

    /** Measurements over time of the indicators of a body's open actions, for its trajectory charts. */
    public List<IndicatorSeries> trajectories(long bodyId) {
        access.requireRead(bodyId);
        var series = new LinkedHashMap<Long, IndicatorSeries>();
        jdbc.sql("""
                        select i.id, a.number, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value, i.target_date
                        from indicator i join action a on a.id = i.action_id
                        where a.body_id = :body and a.status not in ('DONE', 'DROPPED') order by a.number, i.id
                        """)
                .param("body", bodyId)
                .query((rs, i) -> series.put(rs.getLong("id"), new IndicatorSeries(rs.getLong("id"), rs.getString("number"),
                        rs.getString("name"), rs.getString("unit"), rs.getBigDecimal("baseline_value"),
                        rs.getDate("baseline_date").toLocalDate(), rs.getBigDecimal("target_value"),
                        rs.getDate("target_date").toLocalDate(), new ArrayList<>())))
                .list();
        if (series.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select m.indicator_id, m.measured_on, m.measured_value from measurement m
                        join indicator i on i.id = m.indicator_id join action a on a.id = i.action_id
                        where a.body_id = :body order by m.measured_on, m.id
                        """)
                .param("body", bodyId)
                .query((rs, i) -> {
                    var s = series.get(rs.getLong("indicator_id"));
                    if (s != null) {
                        s.points().add(new IndicatorSeries.Point(rs.getDate("measured_on").toLocalDate(),
                                rs.getBigDecimal("measured_value")));
                    }
                    return s;
                }).list();
        return List.copyOf(series.values());
    }

    Where scope(DashboardFilter filter) {
        return scope(filter, null);
    }

    /**
     * The visible actions with the dashboard's filters, as a SQL where clause on alias {@code a}. With
     * {@code organisationColumn} the organisation filter applies to that column instead of lead or contributor.
     */
    Where scope(DashboardFilter filter, String organisationColumn) {
        var sql = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        var visibility = access.visibility();
        if (!visibility.all()) {
            sql.append(" and (a.body_id in (:bodyIds) or a.owner_person_id = :me or a.deputy_person_id = :me)");
            params.put("bodyIds", visibility.bodyIdsForQuery());
            params.put("me", currentUser.get().map(SignedInUser::personId).orElse(-1L));
        }
        if (filter.bodyId() != null) {
            sql.append(" and a.body_id = :body");
            params.put("body", filter.bodyId());
        }
        if (filter.organisationId() != null) {
            sql.append(organisationColumn != null ? " and " + organisationColumn + " = :org"
                    : " and (a.owner_organisation_id = :org or exists (select 1 from action_contributor ac"
                    + " where ac.action_id = a.id and ac.organisation_id = :org))");
            params.put("org", filter.organisationId());
        }
        if (filter.from() != null) {
            sql.append(" and a.deadline >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and a.deadline <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        return new Where(sql.toString(), Map.copyOf(params));
    }

    record Where(String sql, Map<String, Object> params) {
    }

    private static String safe(java.sql.ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
