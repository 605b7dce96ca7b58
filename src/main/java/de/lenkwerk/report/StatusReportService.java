package de.lenkwerk.report;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorProgress;
import de.lenkwerk.action.Rag;
import de.lenkwerk.action.TrafficLight;
import de.lenkwerk.base.Translations;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Produces the Excel status report. Which actions it contains is decided by {@link ActionService#list}, with the
 * same access rules as the actions list, so a user never gets rows of a body they may not see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StatusReportService {

    private static final int CHUNK = 1000;

    private final ActionService actions;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final JdbcClient jdbc;

    StatusReportService(ActionService actions, BodyService bodies, MeetingService meetings,
                        OrganisationService organisations, CurrentUser currentUser, Translations translations,
                        JdbcClient jdbc) {
        this.actions = actions;
        this.bodies = bodies;
        this.meetings = meetings;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.translations = translations;
        this.jdbc = jdbc;
    }

    /** A name that says what and when, from safe characters only, e.g. Statusbericht_LA-Dresden_2026-11-25.xlsx. */
    public String fileName(StatusReportRequest request) {
        var resolved = resolve(request);
        var what = resolved.filter().bodyId() != null ? bodies.get(resolved.filter().bodyId()).shortName()
                : translations.text(request.locale(), "report.file.all");
        return translations.text(request.locale(), "report.file.prefix") + "_" + safe(what) + "_" + LocalDate.now() + ".xlsx";
    }

    public void write(StatusReportRequest request, OutputStream out) throws IOException {
        var content = content(request);
        new StatusReportWriter((key, args) -> translations.text(request.locale(), key, args)).write(content, out);
    }

    /** What goes into the report; the long sheets are row sources that read the database while being written. */
    ReportContent content(StatusReportRequest request) {
        var resolved = resolve(request);
        var locale = request.locale();
        var list = actions.list(resolved.filter(), Pageable.unpaged(Sort.by("number")));
        var ids = list.stream().map(ActionListItem::id).toList();
        var since = resolved.changesSince();
        return new ReportContent(locale, resolved.title(), scope(resolved.filter(), locale),
                currentUser.actorName(), LocalDateTime.now(), since, figures(list), lights(list),
                consumer -> actionRows(ids, locale, consumer), consumer -> indicatorRows(ids, consumer),
                consumer -> measurementRows(ids, consumer), consumer -> changeRows(ids, since, locale, consumer));
    }

    private record Resolved(ActionFilter filter, String title, LocalDate changesSince) {
    }

    /** A meeting's report covers all actions of its body, with the changes since the meeting before. */
    private Resolved resolve(StatusReportRequest request) {
        var locale = request.locale();
        if (request.meetingId() != null) {
            var meeting = meetings.get(request.meetingId());
            var since = request.changesSince() != null ? request.changesSince()
                    : meetings.previous(meeting.bodyId(), meeting.startsAt()).map(m -> m.startsAt().toLocalDate())
                    .orElse(meeting.startsAt().toLocalDate().minusDays(30));
            return new Resolved(ActionFilter.ofBody(meeting.bodyId()),
                    translations.text(locale, "report.title.meeting", meeting.title()), since);
        }
        var filter = request.filter();
        var since = request.changesSince();
        if (since == null) {
            since = filter.bodyId() == null ? LocalDate.now().minusDays(30)
                    : meetings.previous(filter.bodyId(), LocalDateTime.now()).map(m -> m.startsAt().toLocalDate())
                    .orElse(LocalDate.now().minusDays(30));
        }
        var title = filter.bodyId() == null ? translations.text(locale, "report.title")
                : translations.text(locale, "report.title.body", bodies.get(filter.bodyId()).name());
        return new Resolved(filter, title, since);
    }

    private String scope(ActionFilter f, Locale locale) {
        var parts = new ArrayList<String>();
        if (f.bodyId() != null) {
            parts.add(t(locale, "action.filter.body") + ": " + bodies.get(f.bodyId()).name());
        }
        if (f.organisationId() != null) {
            organisations.get(f.organisationId()).ifPresent(o -> parts.add(t(locale, "action.filter.organisation") + ": " + o.name()));
        }
        if (f.scope() != ActionFilter.Scope.ALL) {
            parts.add(t(locale, "action.filter.scope") + ": " + t(locale, "enum.Scope." + f.scope().name()));
        }
        if (f.status() != null) {
            parts.add(t(locale, "action.filter.status") + ": " + t(locale, "enum.ActionStatus." + f.status().name()));
        }
        if (f.rag() != null) {
            parts.add(t(locale, "action.filter.rag") + ": " + t(locale, "enum.Rag." + f.rag().name()));
        }
        if (f.deadlineFrom() != null) {
            parts.add(t(locale, "action.filter.deadline-from") + ": " + f.deadlineFrom());
        }
        if (f.deadlineTo() != null) {
            parts.add(t(locale, "action.filter.deadline-to") + ": " + f.deadlineTo());
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(t(locale, "action.filter.text") + ": " + f.text());
        }
        return parts.isEmpty() ? t(locale, "report.scope.all") : String.join("; ", parts);
    }

    private static ReportContent.Figures figures(List<ActionListItem> list) {
        var today = LocalDate.now();
        long open = 0;
        long overdue = 0;
        long dueSoon = 0;
        for (var a : list) {
            if (a.status().isOpen()) {
                open++;
                if (a.deadline().isBefore(today)) {
                    overdue++;
                } else if (!a.deadline().isAfter(today.plusDays(ActionFilter.Scope.DUE_SOON_DAYS))) {
                    dueSoon++;
                }
            }
        }
        var done = list.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        return new ReportContent.Figures(list.size(), open, overdue, dueSoon, done);
    }

    private static List<ReportContent.BodyLights> lights(List<ActionListItem> list) {
        var byBody = new LinkedHashMap<String, Map<Rag, Long>>();
        list.stream().sorted(java.util.Comparator.comparing(ActionListItem::bodyShortName)).forEach(a ->
                byBody.computeIfAbsent(a.bodyShortName(), b -> new EnumMap<>(Rag.class)).merge(a.rag(), 1L, Long::sum));
        return byBody.entrySet().stream().map(e -> new ReportContent.BodyLights(e.getKey(), e.getValue())).toList();
    }

    private void actionRows(List<Long> ids, Locale locale, Consumer<ReportRows.ActionRow> out) {
        for (var chunk : chunks(ids)) {
            var latest = new HashMap<Long, Object[]>();
            jdbc.sql("""
                            select u.action_id, u.reported_at, u.note from progress_update u
                            where u.action_id in (:ids) order by u.action_id, u.reported_at desc, u.id desc""")
                    .param("ids", chunk)
                    .query(rs -> {
                        latest.putIfAbsent(rs.getLong("action_id"),
                                new Object[]{rs.getTimestamp("reported_at").toLocalDateTime(), rs.getString("note")});
                    });
            var indicators = new HashMap<Long, List<String>>();
            indicatorRows(chunk, (actionId, row) -> indicators.computeIfAbsent(actionId, k -> new ArrayList<>())
                    .add(shortIndicator(row, locale)));
            jdbc.sql("""
                            select a.id, a.number, b.short_name, a.title, o.name as organisation, p.full_name, a.deadline,
                                   a.status, a.progress, a.rag, a.rag_reason, a.source_reference, m.title as meeting
                            from action a join body b on b.id = a.body_id join person p on p.id = a.owner_person_id
                            left join organisation o on o.id = a.owner_organisation_id
                            left join meeting m on m.id = a.source_meeting_id
                            where a.id in (:ids) order by a.number""")
                    .param("ids", chunk)
                    .query(rs -> {
                        var id = rs.getLong("id");
                        var update = latest.get(id);
                        var source = rs.getString("meeting") != null ? rs.getString("meeting") : rs.getString("source_reference");
                        out.accept(new ReportRows.ActionRow(id, rs.getString("number"), rs.getString("short_name"),
                                rs.getString("title"), rs.getString("organisation"), rs.getString("full_name"),
                                rs.getDate("deadline").toLocalDate(), ActionStatus.valueOf(rs.getString("status")),
                                rs.getInt("progress"), Rag.valueOf(rs.getString("rag")),
                                reasons(rs.getString("rag_reason"), locale),
                                update == null ? null : (LocalDateTime) update[0], update == null ? null : (String) update[1],
                                source, String.join("\n", indicators.getOrDefault(id, List.of()))));
                    });
        }
    }

    private void indicatorRows(List<Long> ids, Consumer<ReportRows.IndicatorRow> out) {
        for (var chunk : chunks(ids)) {
            indicatorRows(chunk, (actionId, row) -> out.accept(row));
        }
    }

    private void indicatorRows(List<Long> chunk, java.util.function.BiConsumer<Long, ReportRows.IndicatorRow> out) {
        var today = LocalDate.now();
        jdbc.sql("""
                        select i.action_id, a.number, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value,
                               i.target_date, i.direction, i.latest_value, i.latest_date
                        from indicator i join action a on a.id = i.action_id
                        where i.action_id in (:ids) order by a.number, i.id""")
                .param("ids", chunk)
                .query(rs -> {
                    var baseline = rs.getBigDecimal("baseline_value");
                    var baselineDate = rs.getDate("baseline_date").toLocalDate();
                    var target = rs.getBigDecimal("target_value");
                    var targetDate = rs.getDate("target_date").toLocalDate();
                    var latest = rs.getBigDecimal("latest_value");
                    var latestDate = rs.getDate("latest_date");
                    out.accept(rs.getLong("action_id"), new ReportRows.IndicatorRow(rs.getString("number"),
                            rs.getString("name"), rs.getString("unit"), baseline, baselineDate, target, targetDate, latest,
                            latestDate == null ? null : latestDate.toLocalDate(),
                            IndicatorProgress.achievementPercent(baseline, target, latest),
                            IndicatorProgress.isBehind(baseline, baselineDate, target, targetDate,
                                    de.lenkwerk.action.IndicatorDirection.valueOf(rs.getString("direction")), latest, today)));
                });
    }

    private void measurementRows(List<Long> ids, Consumer<ReportRows.MeasurementRow> out) {
        for (var chunk : chunks(ids)) {
            jdbc.sql("""
                            select a.number, i.name, i.unit, m.measured_on, m.measured_value, m.comment, m.reported_by
                            from measurement m join indicator i on i.id = m.indicator_id join action a on a.id = i.action_id
                            where i.action_id in (:ids) order by a.number, i.id, m.measured_on, m.id""")
                    .param("ids", chunk)
                    .query(rs -> {
                        out.accept(new ReportRows.MeasurementRow(rs.getString("number"), rs.getString("name"),
                                rs.getDate("measured_on").toLocalDate(), rs.getBigDecimal("measured_value"),
                                rs.getString("unit"), rs.getString("comment"), rs.getString("reported_by")));
                    });
        }
    }

    private void changeRows(List<Long> ids, LocalDate since, Locale locale, Consumer<ReportRows.ChangeRow> out) {
        for (var chunk : chunks(ids)) {
            jdbc.sql("""
                            select c.changed_at, a.number, c.record_type, c.field, c.old_value, c.new_value, c.changed_by
                            from change_entry c join action a on a.id = c.action_id
                            where c.action_id in (:ids) and c.changed_at >= :since
                            order by a.number, c.changed_at, c.id""")
                    .param("ids", chunk)
                    .param("since", Timestamp.valueOf(since.atStartOfDay()))
                    .query(rs -> {
                        out.accept(new ReportRows.ChangeRow(rs.getTimestamp("changed_at").toLocalDateTime(),
                                rs.getString("number"), t(locale, "enum.RecordType." + rs.getString("record_type")),
                                t(locale, rs.getString("field")),
                                HistoryValues.display(rs.getString("old_value"), locale, key -> t(locale, key)),
                                HistoryValues.display(rs.getString("new_value"), locale, key -> t(locale, key)),
                                rs.getString("changed_by")));
                    });
        }
    }

    private String shortIndicator(ReportRows.IndicatorRow i, Locale locale) {
        var number = NumberFormat.getNumberInstance(locale);
        var latest = i.latest() == null ? "–" : number.format(i.latest());
        return i.name() + ": " + latest + " / " + number.format(i.target()) + " " + i.unit() + " (" + i.achievementPercent() + " %)";
    }

    private String reasons(String encoded, Locale locale) {
        return TrafficLight.decodeReasons(encoded).stream()
                .map(r -> translations.text(locale, r.key(),
                        Translations.storedArguments(translations.text(locale, r.key()), r.args())))
                .collect(Collectors.joining("; "));
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        var result = new ArrayList<List<Long>>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return result;
    }

    /** Letters, digits and hyphens only: safe in every file system and in a Content-Disposition header. */
    static String safe(String text) {
        var replaced = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
        var cleaned = replaced.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (cleaned.isEmpty()) {
            return "Bericht";
        }
        return cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    }

    private String t(Locale locale, String key) {
        return translations.text(locale, key);
    }
}
