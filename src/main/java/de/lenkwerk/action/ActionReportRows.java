package de.lenkwerk.action;

import de.lenkwerk.action.ActionScope.Language;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.organisation.PersonService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The rows of the status report's long sheets, streamed chunk by chunk (about 1000 actions per query) so that memory
 * stays flat however many actions a report covers. Which actions: those the signed-in user sees through the filter,
 * chosen once by {@link #select}, with the same rule as the actions list ({@link ActionScope}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionReportRows {

    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ActionScopes scopes;
    private final HistoryService history;
    private final PersonService people;

    ActionReportRows(JdbcClient jdbc, ActionScopes scopes, HistoryService history, PersonService people) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.history = history;
        this.people = people;
    }

    /** The actions of the filter the signed-in user sees, in number order. */
    public ActionSelection select(ActionFilter filter) {
        var scope = scopes.current(filter);
        var where = scope.where(Language.SQL);
        var numbers = new LinkedHashMap<Long, String>();
        jdbc.sql("select a.id, a.number from action a" + where.sql() + " order by a.number, a.id")
                .params(where.params())
                .query((ResultSet rs) -> {
                    numbers.put(rs.getLong("id"), rs.getString("number"));
                });
        return new ActionSelection(scope, numbers);
    }

    public void actions(ActionSelection selection, Consumer<ActionRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            var latest = new HashMap<Long, LatestUpdate>();
            jdbc.sql("""
                            select u.action_id, u.reported_at, u.note from progress_update u
                            where u.action_id in (:ids) order by u.action_id, u.reported_at desc, u.id desc""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        latest.putIfAbsent(rs.getLong("action_id"),
                                new LatestUpdate(rs.getTimestamp("reported_at").toLocalDateTime(), rs.getString("note")));
                    });
            var indicators = new HashMap<Long, List<IndicatorRow>>();
            indicators(chunk, selection.scope().today(),
                    (actionId, row) -> indicators.computeIfAbsent(actionId, k -> new ArrayList<>()).add(row));
            // which owners cannot sign in ("ohne Zugang"): one question per chunk
            var withoutAccess = people.withoutAccess(jdbc.sql(
                            "select distinct owner_person_id from action where id in (:ids)")
                    .param("ids", chunk).query(Long.class).list());
            jdbc.sql("""
                            select a.id, a.number, b.short_name, a.title, o.name as organisation, p.full_name,
                                   a.owner_person_id, a.deadline,
                                   a.status, a.progress, a.rag, a.rag_reason, a.source_reference, m.title as meeting,
                                   a.confidence, a.rag_override
                            from action a join body b on b.id = a.body_id join person p on p.id = a.owner_person_id
                            left join organisation o on o.id = a.owner_organisation_id
                            left join meeting m on m.id = a.source_meeting_id
                            where a.id in (:ids) order by a.number, a.id""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        var id = rs.getLong("id");
                        var update = latest.get(id);
                        var rag = Rag.valueOf(rs.getString("rag"));
                        var confidence = rs.getString("confidence") == null ? null
                                : Confidence.valueOf(rs.getString("confidence"));
                        out.accept(new ActionRow(id, rs.getString("number"), rs.getString("short_name"),
                                rs.getString("title"), rs.getString("organisation"), rs.getString("full_name"),
                                withoutAccess.contains(rs.getLong("owner_person_id")),
                                rs.getDate("deadline").toLocalDate(), ActionStatus.valueOf(rs.getString("status")),
                                rs.getInt("progress"), rag,
                                TrafficLight.decodeReasons(rs.getString("rag_reason")),
                                update == null ? null : update.at(), update == null ? null : update.note(),
                                rs.getString("meeting"), rs.getString("source_reference"),
                                List.copyOf(indicators.getOrDefault(id, List.of())), confidence,
                                Disagreement.of(rag, confidence, rs.getString("rag_override") != null)));
                    });
        }
    }

    public void indicators(ActionSelection selection, Consumer<IndicatorRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            indicators(chunk, selection.scope().today(), (actionId, row) -> out.accept(row));
        }
    }

    private void indicators(List<Long> chunk, LocalDate today, BiConsumer<Long, IndicatorRow> out) {
        var milestones = new HashMap<Long, List<Milestone>>();
        jdbc.sql("""
                        select im.indicator_id, im.due_on, im.target_value from indicator_milestone im
                        join indicator i on i.id = im.indicator_id
                        where i.action_id in (:ids) order by im.indicator_id, im.due_on""")
                .param("ids", chunk)
                .query((ResultSet rs) -> {
                    milestones.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new Milestone(rs.getDate("due_on").toLocalDate(), rs.getBigDecimal("target_value")));
                });
        var byCategory = categoryValues(chunk);
        jdbc.sql("""
                        select i.id, i.action_id, a.number, i.name, i.unit, i.baseline_value, i.baseline_date,
                               i.target_value, i.target_date, i.direction, i.latest_value, i.latest_date, i.aggregation,
                               i.forecast_value, i.forecast_points, i.original_target_value, i.original_target_date
                        from indicator i join action a on a.id = i.action_id
                        where i.action_id in (:ids) order by a.number, i.id""")
                .param("ids", chunk)
                .query((ResultSet rs) -> {
                    var id = rs.getLong("id");
                    var aggregation = IndicatorAggregation.valueOf(rs.getString("aggregation"));
                    var categories = new LinkedHashMap<String, BigDecimal>();
                    byCategory.getOrDefault(id, Map.of()).forEach((category, values) ->
                            categories.put(category, aggregation.overTime(values)));
                    out.accept(rs.getLong("action_id"), indicatorRow(rs, today,
                            milestones.getOrDefault(id, List.of()), aggregation, categories));
                });
    }

    /** Per indicator of the chunk, its categories (in their order) with their values oldest first. */
    private Map<Long, Map<String, List<BigDecimal>>> categoryValues(List<Long> chunk) {
        var result = new HashMap<Long, Map<String, List<BigDecimal>>>();
        jdbc.sql("""
                        select c.indicator_id, c.name from indicator_category c join indicator i on i.id = c.indicator_id
                        where i.action_id in (:ids) order by c.indicator_id, c.position""")
                .param("ids", chunk)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong("indicator_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("name"), new ArrayList<>());
                });
        if (result.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select m.indicator_id, v.category, v.category_value from measurement_category_value v
                        join measurement m on m.id = v.measurement_id join indicator i on i.id = m.indicator_id
                        where i.action_id in (:ids) order by m.indicator_id, m.measured_on, m.id""")
                .param("ids", chunk)
                .query((ResultSet rs) -> {
                    var categories = result.get(rs.getLong("indicator_id"));
                    var values = categories == null ? null : categories.get(rs.getString("category"));
                    if (values != null) {
                        values.add(rs.getBigDecimal("category_value"));
                    }
                });
        return result;
    }

    private static IndicatorRow indicatorRow(ResultSet rs, LocalDate today, List<Milestone> milestones,
                                             IndicatorAggregation aggregation, Map<String, BigDecimal> byCategory)
            throws SQLException {
        var facts = FigureQueries.facts(rs, milestones);
        var latestDate = rs.getDate("latest_date");
        var originalDate = rs.getDate("original_target_date");
        return new IndicatorRow(rs.getString("number"), facts.name(), facts.unit(), facts.baseline(),
                facts.baselineDate(), facts.target(), facts.targetDate(), facts.current(),
                latestDate == null ? null : latestDate.toLocalDate(),
                IndicatorProgress.achievementPercent(facts.baseline(), facts.target(), facts.current()),
                IndicatorProgress.isBehind(facts, today), aggregation, milestones, facts.forecast(),
                rs.getBigDecimal("original_target_value"), originalDate == null ? null : originalDate.toLocalDate(),
                byCategory);
    }

    /** A category's value of one measurement, with the category's place in its indicator's list. */
    private record CategoryValue(int position, String category, BigDecimal value) {
        static final java.util.Comparator<CategoryValue> ORDER = java.util.Comparator.comparingInt(CategoryValue::position)
                .thenComparing(CategoryValue::category);
    }

    public void measurements(ActionSelection selection, Consumer<MeasurementRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            // no ORDER BY here: with one, H2 walks the whole value table in its key order and checks every row
            // against the chunk's ids (15 minutes for 100,000 measurements by 4 categories); sorted below instead
            var values = new HashMap<Long, List<CategoryValue>>();
            jdbc.sql("""
                            select v.measurement_id, v.category, v.category_value, c.position from indicator i
                            join measurement m on m.indicator_id = i.id
                            join measurement_category_value v on v.measurement_id = m.id
                            left join indicator_category c on c.indicator_id = i.id and c.name = v.category
                            where i.action_id in (:ids)""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        var position = rs.getInt("position");
                        values.computeIfAbsent(rs.getLong("measurement_id"), k -> new ArrayList<>())
                                .add(new CategoryValue(rs.wasNull() ? Integer.MAX_VALUE : position,
                                        rs.getString("category"), rs.getBigDecimal("category_value")));
                    });
            var byCategory = new HashMap<Long, Map<String, BigDecimal>>();
            values.forEach((measurementId, list) -> {
                var ordered = new LinkedHashMap<String, BigDecimal>();
                list.stream().sorted(CategoryValue.ORDER).forEach(v -> ordered.put(v.category(), v.value()));
                byCategory.put(measurementId, ordered);
            });
            jdbc.sql("""
                            select m.id, a.number, i.name, i.unit, m.measured_on, m.measured_value, m.comment, m.reported_by
                            from measurement m join indicator i on i.id = m.indicator_id join action a on a.id = i.action_id
                            where i.action_id in (:ids) order by a.number, i.id, m.measured_on, m.id""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        out.accept(new MeasurementRow(rs.getString("number"), rs.getString("name"),
                                rs.getDate("measured_on").toLocalDate(), rs.getBigDecimal("measured_value"),
                                rs.getString("unit"), rs.getString("comment"), rs.getString("reported_by"),
                                byCategory.getOrDefault(rs.getLong("id"), Map.of())));
                    });
        }
    }

    /** The recorded changes since the given day, per action in number order, oldest first; history reads them. */
    public void changes(ActionSelection selection, LocalDate since, Consumer<ChangeRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            var entries = history.forActionsSince(chunk, since.atStartOfDay());
            for (var id : chunk) {
                for (var entry : entries.getOrDefault(id, List.of())) {
                    out.accept(new ChangeRow(selection.number(id), entry));
                }
            }
        }
    }

    private record LatestUpdate(LocalDateTime at, String note) {
    }

    /** One action with its latest progress report and its indicators. */
    public record ActionRow(long id, String number, String bodyShortName, String title, String leadOrganisation,
                            String owner, boolean ownerWithoutAccess, LocalDate deadline, ActionStatus status,
                            int progress, Rag rag, List<TrafficLight.Reason> reasons, LocalDateTime lastUpdateAt, String lastUpdateText,
                            String sourceMeeting, String sourceReference, List<IndicatorRow> indicators,
                            Confidence confidence, Disagreement disagreement) {
    }

    /**
     * An indicator of the report: {@code latest} is its current value by its aggregation rule, {@code byCategory} the
     * current value per category of a breakdown (in the categories' order).
     */
    public record IndicatorRow(String actionNumber, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
                               BigDecimal target, LocalDate targetDate, BigDecimal latest, LocalDate latestDate,
                               int achievementPercent, boolean behind, IndicatorAggregation aggregation,
                               List<Milestone> milestones, Forecast forecast, BigDecimal originalTarget,
                               LocalDate originalTargetDate, Map<String, BigDecimal> byCategory) {
    }

    /** A measurement: its total, and its values per category of a breakdown (in the categories' order). */
    public record MeasurementRow(String actionNumber, String indicator, LocalDate date, BigDecimal value, String unit,
                                 String comment, String reportedBy, Map<String, BigDecimal> byCategory) {
    }

    /** A history entry of an action (its fields, indicators or measurements), with the action's number. */
    public record ChangeRow(String actionNumber, HistoryEntry entry) {
    }
}
