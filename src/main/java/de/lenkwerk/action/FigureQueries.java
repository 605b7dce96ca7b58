package de.lenkwerk.action;

import de.lenkwerk.action.ActionFigures.BodyLights;
import de.lenkwerk.action.ActionFigures.IndicatorSeries;
import de.lenkwerk.action.ActionFigures.IndicatorStanding;
import de.lenkwerk.action.ActionFigures.KeyFigures;
import de.lenkwerk.action.ActionFigures.Matrix;
import de.lenkwerk.action.ActionFigures.MatrixCell;
import de.lenkwerk.action.ActionFigures.MatrixHeader;
import de.lenkwerk.action.ActionFigures.RecentChange;
import de.lenkwerk.action.ActionScope.Language;
import de.lenkwerk.action.ActionScope.Where;
import de.lenkwerk.history.ActionChangeTime;
import de.lenkwerk.history.HistoryService;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL behind {@link ActionFigures}: every condition comes from {@link ActionScope}, rendered as SQL. */
@Component
class FigureQueries {

    /** Change entries read per round when looking for recent changes the user may see. */
    private static final int CHANGES_PAGE = 200;
    private static final int CHANGES_PAGES = 5;

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final de.lenkwerk.organisation.PersonService people;

    FigureQueries(JdbcClient jdbc, HistoryService history, de.lenkwerk.organisation.PersonService people) {
        this.people = people;
        this.jdbc = jdbc;
        this.history = history;
    }

    KeyFigures keyFigures(ActionScope scope) {
        var where = scope.where(Language.SQL);
        var open = scope.condition(ActionFilter.Scope.OPEN, Language.SQL);
        var overdue = scope.condition(ActionFilter.Scope.OVERDUE, Language.SQL);
        var dueSoon = scope.condition(ActionFilter.Scope.DUE_SOON, Language.SQL);
        var done = scope.condition(ActionFilter.Scope.DONE_RECENTLY, Language.SQL);
        var params = merge(where, open, overdue, dueSoon, done);
        return jdbc.sql("""
                        select count(*) as total_count,
                          coalesce(sum(case when %s then 1 else 0 end), 0) as open_count,
                          coalesce(sum(case when %s then 1 else 0 end), 0) as overdue_count,
                          coalesce(sum(case when %s then 1 else 0 end), 0) as due_soon_count,
                          coalesce(sum(case when %s then 1 else 0 end), 0) as done_count
                        from action a""".formatted(open.sql(), overdue.sql(), dueSoon.sql(), done.sql()) + where.sql())
                .params(params)
                .query((rs, i) -> new KeyFigures(rs.getLong("total_count"), rs.getLong("open_count"),
                        rs.getLong("overdue_count"), rs.getLong("due_soon_count"), rs.getLong("done_count")))
                .single();
    }

    List<BodyLights> lights(ActionScope scope) {
        var where = scope.where(Language.SQL).and(scope.condition(ActionFilter.Scope.OPEN, Language.SQL));
        var byBody = new LinkedHashMap<Long, BodyLights>();
        jdbc.sql("select b.id, b.short_name, a.rag, count(*) as n from action a join body b on b.id = a.body_id"
                        + where.sql() + " group by b.id, b.short_name, a.rag order by b.short_name, b.id")
                .params(where.params())
                .query((ResultSet rs) -> {
                    var id = rs.getLong("id");
                    var name = rs.getString("short_name");
                    byBody.computeIfAbsent(id, k -> new BodyLights(k, name, new EnumMap<>(Rag.class)))
                            .counts().put(Rag.valueOf(rs.getString("rag")), rs.getLong("n"));
                });
        return List.copyOf(byBody.values());
    }

    /**
     * Who does what. Lead and contributing organisations are counted in two grouped queries (cheaper than one over a
     * union); an organisation that leads and also contributes to the same action counts once. The organisation filter
     * applies to the counted organisation column, not to "lead or contributor".
     */
    Matrix matrix(ActionScope scope) {
        var organisationId = scope.filter().organisationId();
        var f = scope.filter();
        var unfiltered = scope.with(new ActionFilter(f.bodyId(), null, f.ownerPersonId(), f.status(), f.rag(),
                f.deadlineFrom(), f.deadlineTo(), f.text(), f.mine(), f.meetingId(), f.scope()));
        var where = unfiltered.where(Language.SQL);
        var open = unfiltered.condition(ActionFilter.Scope.OPEN, Language.SQL);
        var overdue = unfiltered.condition(ActionFilter.Scope.OVERDUE, Language.SQL);
        var params = merge(where, open, overdue);
        params.put("done", ActionStatus.DONE.name());
        if (organisationId != null) {
            params.put("matrixOrg", organisationId);
        }
        var counts = """
                sum(case when %s then 1 else 0 end) as open_count,
                sum(case when %s then 1 else 0 end) as overdue_count,
                sum(case when a.status = :done then 1 else 0 end) as done_count
                """.formatted(open.sql(), overdue.sql());
        var cells = new HashMap<String, MatrixCell>();
        jdbc.sql("select a.owner_organisation_id as org_id, a.body_id, " + counts + " from action a" + where.sql()
                        + (organisationId != null ? " and a.owner_organisation_id = :matrixOrg" : "")
                        + " and a.owner_organisation_id is not null group by a.owner_organisation_id, a.body_id")
                .params(params).query((ResultSet rs) -> add(cells, rs));
        jdbc.sql("select c.organisation_id as org_id, a.body_id, " + counts
                        + " from action_contributor c join action a on a.id = c.action_id" + where.sql()
                        + (organisationId != null ? " and c.organisation_id = :matrixOrg" : "")
                        + " and (a.owner_organisation_id is null or a.owner_organisation_id <> c.organisation_id)"
                        + " group by c.organisation_id, a.body_id")
                .params(params).query((ResultSet rs) -> add(cells, rs));
        var organisationIds = cells.values().stream().map(MatrixCell::organisationId).distinct().toList();
        var bodyIds = cells.values().stream().map(MatrixCell::bodyId).distinct().toList();
        return new Matrix(headers("organisation", organisationIds), headers("body", bodyIds), Map.copyOf(cells));
    }

    private static void add(Map<String, MatrixCell> cells, ResultSet rs) throws SQLException {
        var cell = new MatrixCell(rs.getLong("org_id"), rs.getLong("body_id"), rs.getLong("open_count"),
                rs.getLong("overdue_count"), rs.getLong("done_count"));
        cells.merge(cell.organisationId() + "/" + cell.bodyId(), cell, (a, b) -> new MatrixCell(a.organisationId(),
                a.bodyId(), a.open() + b.open(), a.overdue() + b.overdue(), a.done() + b.done()));
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

    /**
     * Every indicator of the scope's open actions is ranked (the gap between achievement and expectation needs the
     * rule in Java), but the scan reads only the figures; names and titles are read for the few listed afterwards.
     */
    List<IndicatorStanding> indicators(ActionScope scope, int limit) {
        var where = scope.where(Language.SQL).and(scope.condition(ActionFilter.Scope.OPEN, Language.SQL));
        var today = scope.today();
        // milestones come in the same scan (one row per milestone, one for an indicator without), not a second query
        var rows = new LinkedHashMap<Long, StandingRow>();
        jdbc.sql("""
                        select i.id, i.baseline_value, i.baseline_date, i.target_value, i.target_date,
                               i.direction, i.latest_value, i.forecast_value, i.forecast_points,
                               a.id as action_id, a.number, im.due_on, im.target_value as milestone_value
                        from indicator i join action a on a.id = i.action_id
                        left join indicator_milestone im on im.indicator_id = i.id""" + where.sql())
                .params(where.params())
                .query((ResultSet rs) -> {
                    var id = rs.getLong("id");
                    var row = rows.get(id);
                    if (row == null) {
                        row = new StandingRow(figures(rs, null, null, new ArrayList<>()), rs.getLong("action_id"),
                                rs.getString("number"));
                        rows.put(id, row);
                    }
                    var due = rs.getDate("due_on");
                    if (due != null) {
                        row.facts().milestones().add(new Milestone(due.toLocalDate(), rs.getBigDecimal("milestone_value")));
                    }
                });
        record Ranked(long id, StandingRow row, int achievement, int expected) {
        }
        var ranked = new ArrayList<Ranked>(rows.size());
        rows.forEach((id, row) -> {
            var facts = row.facts();
            var expected = MilestonePath.expectedValue(facts.baseline(), facts.baselineDate(), facts.milestones(),
                    facts.target(), facts.targetDate(), today);
            ranked.add(new Ranked(id, row,
                    IndicatorProgress.achievementPercent(facts.baseline(), facts.target(), facts.current()),
                    IndicatorProgress.achievementPercent(facts.baseline(), facts.target(), expected)));
        });
        var top = ranked.stream()
                .sorted(Comparator.comparingInt((Ranked r) -> r.achievement() - r.expected())
                        .thenComparing(r -> r.row().number()))
                .limit(limit).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        var texts = new HashMap<Long, String[]>();
        jdbc.sql("select i.id, i.name, i.unit, a.title from indicator i join action a on a.id = i.action_id"
                        + " where i.id in (:ids)")
                .param("ids", top.stream().map(Ranked::id).toList())
                .query((ResultSet rs) -> {
                    texts.put(rs.getLong("id"), new String[]{rs.getString("name"), rs.getString("unit"),
                            rs.getString("title")});
                });
        return top.stream().filter(r -> texts.containsKey(r.id())).map(r -> {
            var text = texts.get(r.id());
            var f = r.row().facts();
            var facts = new IndicatorProgress.Facts(text[0], text[1], f.baseline(), f.baselineDate(), f.target(),
                    f.targetDate(), f.direction(), f.milestones(), f.current(), f.forecast());
            return new IndicatorStanding(r.id(), r.row().actionId(), r.row().number(), text[2], text[0], text[1],
                    r.achievement(), r.expected(), IndicatorProgress.isBehind(facts, today), f.current(), f.target(),
                    f.targetDate(), f.forecast());
        }).toList();
    }

    private record StandingRow(IndicatorProgress.Facts facts, long actionId, String number) {
    }

    /** An indicator row (with forecast columns) as the rule sees it. */
    static IndicatorProgress.Facts facts(ResultSet rs, List<Milestone> milestones) throws SQLException {
        return figures(rs, rs.getString("name"), rs.getString("unit"), milestones);
    }

    /** The same without reading name and unit, for scans that rank many indicators and name few. */
    private static IndicatorProgress.Facts figures(ResultSet rs, String name, String unit, List<Milestone> milestones)
            throws SQLException {
        var target = rs.getBigDecimal("target_value");
        var latest = rs.getBigDecimal("latest_value");
        var direction = IndicatorDirection.valueOf(rs.getString("direction"));
        var points = rs.getObject("forecast_points") == null ? null : rs.getInt("forecast_points");
        return new IndicatorProgress.Facts(name, unit, rs.getBigDecimal("baseline_value"),
                rs.getDate("baseline_date").toLocalDate(), target, rs.getDate("target_date").toLocalDate(), direction,
                milestones, latest, Forecast.stored(rs.getBigDecimal("forecast_value"), points, latest, target, direction));
    }

    /**
     * Open actions where the owner's confidence and the rule disagree (green but low, red but high confidence), in
     * number order; a colour set by hand disagrees with nothing.
     */
    List<ActionFigures.DisagreementItem> disagreements(ActionScope scope, int limit) {
        var where = disagreeing(scope);
        var rows = jdbc.sql("select a.id, a.number, a.title, a.rag, a.rag_reason, a.confidence, a.owner_person_id,"
                        + " p.full_name as owner_name from action a join person p on p.id = a.owner_person_id"
                        + where.sql() + " order by a.number, a.id fetch first " + Math.max(1, limit) + " rows only")
                .params(where.params())
                .query((rs, i) -> {
                    var rag = Rag.valueOf(rs.getString("rag"));
                    var confidence = Confidence.valueOf(rs.getString("confidence"));
                    return new ActionFigures.DisagreementItem(rs.getLong("id"), rs.getString("number"),
                            rs.getString("title"), rag, TrafficLight.decodeReasons(rs.getString("rag_reason")),
                            confidence, Disagreement.of(rag, confidence, false), rs.getLong("owner_person_id"),
                            rs.getString("owner_name"), false);
                }).list();
        var without = people.withoutAccess(rows.stream().map(ActionFigures.DisagreementItem::ownerPersonId)
                .distinct().toList());
        return rows.stream().map(r -> new ActionFigures.DisagreementItem(r.actionId(), r.number(), r.title(), r.rag(),
                r.reasons(), r.confidence(), r.disagreement(), r.ownerPersonId(), r.ownerName(),
                without.contains(r.ownerPersonId()))).toList();
    }

    /** The counts of {@link #disagreements} per kind, in one grouped query; kinds without actions count 0. */
    Map<Disagreement, Long> disagreementCounts(ActionScope scope) {
        var where = disagreeing(scope);
        var counts = new EnumMap<Disagreement, Long>(Disagreement.class);
        counts.put(Disagreement.GREEN_BUT_LOW_CONFIDENCE, 0L);
        counts.put(Disagreement.RED_BUT_HIGH_CONFIDENCE, 0L);
        jdbc.sql("select a.rag, a.confidence, count(*) as n from action a" + where.sql() + " group by a.rag, a.confidence")
                .params(where.params())
                .query((ResultSet rs) -> {
                    var kind = Disagreement.of(Rag.valueOf(rs.getString("rag")),
                            Confidence.valueOf(rs.getString("confidence")), false);
                    counts.merge(kind, rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    /** Open actions whose rule's own colour (not one set by hand) and owner's confidence disagree. */
    private static Where disagreeing(ActionScope scope) {
        return scope.where(Language.SQL).and(scope.condition(ActionFilter.Scope.OPEN, Language.SQL))
                .and(new Where("a.rag_override is null and ((a.rag = :dGreen and a.confidence = :dLow)"
                        + " or (a.rag = :dRed and a.confidence = :dHigh))", Map.of("dGreen", Rag.GREEN.name(),
                        "dLow", Confidence.LOW.name(), "dRed", Rag.RED.name(), "dHigh", Confidence.HIGH.name())));
    }

    /**
     * History hands out the newest changes in the bodies where the scope has actions, page by page; each page is
     * narrowed to the scope in one query, until enough actions are found or a few pages were read.
     */
    List<RecentChange> recentChanges(ActionScope scope, int limit) {
        var bodyIds = bodiesWithActions(scope);
        var latest = new LinkedHashMap<Long, RecentChange>();
        if (bodyIds != null && bodyIds.isEmpty()) {
            return List.of();
        }
        for (int page = 0; page < CHANGES_PAGES && latest.size() < limit; page++) {
            var changes = history.newestOfActions(bodyIds, PageRequest.of(page, CHANGES_PAGE));
            var ids = changes.stream().map(ActionChangeTime::actionId).distinct().toList();
            if (ids.isEmpty()) {
                break;
            }
            var where = scope.where(Language.SQL).and(new Where("a.id in (:changedIds)", Map.of("changedIds", ids)));
            var visible = new HashMap<Long, String[]>();
            jdbc.sql("select a.id, a.number, a.title from action a" + where.sql()).params(where.params())
                    .query((ResultSet rs) -> {
                        visible.put(rs.getLong("id"), new String[]{rs.getString("number"), rs.getString("title")});
                    });
            for (var change : changes) {
                var action = visible.get(change.actionId());
                if (action != null && latest.size() < limit) {
                    latest.putIfAbsent(change.actionId(),
                            new RecentChange(change.actionId(), action[0], action[1], change.changedAt()));
                }
            }
            if (changes.size() < CHANGES_PAGE) {
                break;
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * Where to look for changes: one body, every body (null) for an administrator, else the few bodies in which the
     * user sees actions. Over many bodies an {@code in} list would make the database sort every change first.
     */
    private List<Long> bodiesWithActions(ActionScope scope) {
        if (scope.filter().bodyId() != null) {
            return List.of(scope.filter().bodyId());
        }
        if (scope.seesAll()) {
            return null;
        }
        var where = scope.where(Language.SQL);
        return jdbc.sql("select distinct a.body_id from action a" + where.sql()).params(where.params())
                .query(Long.class).list();
    }

    List<IndicatorSeries> trajectories(ActionScope scope) {
        var where = scope.where(Language.SQL);
        var series = new LinkedHashMap<Long, IndicatorSeries>();
        jdbc.sql("""
                        select i.id, a.number, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value,
                               i.target_date, i.aggregation, i.direction, i.latest_value, i.forecast_value,
                               i.forecast_points, im.due_on, im.target_value as milestone_value
                        from indicator i join action a on a.id = i.action_id
                        left join indicator_milestone im on im.indicator_id = i.id"""
                        + where.sql() + " order by a.number, i.id, im.due_on")
                .params(where.params())
                .query((ResultSet rs) -> {
                    var id = rs.getLong("id");
                    var s = series.get(id);
                    if (s == null) {
                        var facts = facts(rs, new ArrayList<>());
                        s = new IndicatorSeries(id, rs.getString("number"), facts.name(), facts.unit(),
                                facts.baseline(), facts.baselineDate(), facts.target(), facts.targetDate(),
                                new ArrayList<>(), IndicatorAggregation.valueOf(rs.getString("aggregation")),
                                facts.milestones(), facts.forecast());
                        series.put(id, s);
                    }
                    var due = rs.getDate("due_on");
                    if (due != null) {
                        s.milestones().add(new Milestone(due.toLocalDate(), rs.getBigDecimal("milestone_value")));
                    }
                });
        if (series.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select m.indicator_id, m.measured_on, m.measured_value from measurement m
                        join indicator i on i.id = m.indicator_id join action a on a.id = i.action_id"""
                        + where.sql() + " order by m.measured_on, m.id")
                .params(where.params())
                .query((ResultSet rs) -> {
                    var s = series.get(rs.getLong("indicator_id"));
                    if (s != null) {
                        s.points().add(new IndicatorSeries.Point(rs.getDate("measured_on").toLocalDate(),
                                rs.getBigDecimal("measured_value")));
                    }
                });
        // the chart draws the indicator's value as its rule adds it up (a running total for counts per period)
        return series.values().stream().map(IndicatorSeries::aggregated).toList();
    }

    private static Map<String, Object> merge(Where... parts) {
        var params = new HashMap<String, Object>();
        for (var part : parts) {
            params.putAll(part.params());
        }
        return params;
    }
}
