package de.lenkwerk.action;

import de.lenkwerk.action.ActionScope.Language;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryService;
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

    ActionReportRows(JdbcClient jdbc, ActionScopes scopes, HistoryService history) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.history = history;
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
            jdbc.sql("""
                            select a.id, a.number, b.short_name, a.title, o.name as organisation, p.full_name, a.deadline,
                                   a.status, a.progress, a.rag, a.rag_reason, a.source_reference, m.title as meeting
                            from action a join body b on b.id = a.body_id join person p on p.id = a.owner_person_id
                            left join organisation o on o.id = a.owner_organisation_id
                            left join meeting m on m.id = a.source_meeting_id
                            where a.id in (:ids) order by a.number, a.id""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        var id = rs.getLong("id");
                        var update = latest.get(id);
                        out.accept(new ActionRow(id, rs.getString("number"), rs.getString("short_name"),
                                rs.getString("title"), rs.getString("organisation"), rs.getString("full_name"),
                                rs.getDate("deadline").toLocalDate(), ActionStatus.valueOf(rs.getString("status")),
                                rs.getInt("progress"), Rag.valueOf(rs.getString("rag")),
                                TrafficLight.decodeReasons(rs.getString("rag_reason")),
                                update == null ? null : update.at(), update == null ? null : update.note(),
                                rs.getString("meeting"), rs.getString("source_reference"),
                                List.copyOf(indicators.getOrDefault(id, List.of()))));
                    });
        }
    }

    public void indicators(ActionSelection selection, Consumer<IndicatorRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            indicators(chunk, selection.scope().today(), (actionId, row) -> out.accept(row));
        }
    }

    private void indicators(List<Long> chunk, LocalDate today, BiConsumer<Long, IndicatorRow> out) {
        jdbc.sql("""
                        select i.action_id, a.number, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value,
                               i.target_date, i.direction, i.latest_value, i.latest_date
                        from indicator i join action a on a.id = i.action_id
                        where i.action_id in (:ids) order by a.number, i.id""")
                .param("ids", chunk)
                .query((ResultSet rs) -> {
                    out.accept(rs.getLong("action_id"), indicatorRow(rs, today));
                });
    }

    private static IndicatorRow indicatorRow(ResultSet rs, LocalDate today) throws SQLException {
        var baseline = rs.getBigDecimal("baseline_value");
        var baselineDate = rs.getDate("baseline_date").toLocalDate();
        var target = rs.getBigDecimal("target_value");
        var targetDate = rs.getDate("target_date").toLocalDate();
        var latest = rs.getBigDecimal("latest_value");
        var latestDate = rs.getDate("latest_date");
        return new IndicatorRow(rs.getString("number"), rs.getString("name"), rs.getString("unit"), baseline,
                baselineDate, target, targetDate, latest, latestDate == null ? null : latestDate.toLocalDate(),
                IndicatorProgress.achievementPercent(baseline, target, latest),
                IndicatorProgress.isBehind(baseline, baselineDate, target, targetDate,
                        IndicatorDirection.valueOf(rs.getString("direction")), latest, today));
    }

    public void measurements(ActionSelection selection, Consumer<MeasurementRow> out) {
        for (var chunk : selection.chunks(CHUNK)) {
            jdbc.sql("""
                            select a.number, i.name, i.unit, m.measured_on, m.measured_value, m.comment, m.reported_by
                            from measurement m join indicator i on i.id = m.indicator_id join action a on a.id = i.action_id
                            where i.action_id in (:ids) order by a.number, i.id, m.measured_on, m.id""")
                    .param("ids", chunk)
                    .query((ResultSet rs) -> {
                        out.accept(new MeasurementRow(rs.getString("number"), rs.getString("name"),
                                rs.getDate("measured_on").toLocalDate(), rs.getBigDecimal("measured_value"),
                                rs.getString("unit"), rs.getString("comment"), rs.getString("reported_by")));
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
                            String owner, LocalDate deadline, ActionStatus status, int progress, Rag rag,
                            List<TrafficLight.Reason> reasons, LocalDateTime lastUpdateAt, String lastUpdateText,
                            String sourceMeeting, String sourceReference, List<IndicatorRow> indicators) {
    }

    public record IndicatorRow(String actionNumber, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
                               BigDecimal target, LocalDate targetDate, BigDecimal latest, LocalDate latestDate,
                               int achievementPercent, boolean behind) {
    }

    public record MeasurementRow(String actionNumber, String indicator, LocalDate date, BigDecimal value, String unit,
                                 String comment, String reportedBy) {
    }

    /** A history entry of an action (its fields, indicators or measurements), with the action's number. */
    public record ChangeRow(String actionNumber, HistoryEntry entry) {
    }
}
