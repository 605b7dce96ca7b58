package de.lenkwerk.report;

import de.lenkwerk.action.ActionFigures;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionReportRows;
import de.lenkwerk.action.ActionSelection;
import de.lenkwerk.action.TrafficLight;
import de.lenkwerk.base.Translations;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.history.HistoryValues;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Produces the Excel status report. Which actions it contains, its key figures and its rows come from the action
 * module ({@link ActionReportRows}, {@link ActionFigures}), with the same scope as the actions list and the
 * dashboard, so a user never gets rows of a body they may not see and the figures agree everywhere.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StatusReportService {

    private final ActionFigures figures;
    private final ActionReportRows rows;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final Clock clock;

    StatusReportService(ActionFigures figures, ActionReportRows rows, BodyService bodies, MeetingService meetings,
                        OrganisationService organisations, CurrentUser currentUser, Translations translations,
                        Clock clock) {
        this.figures = figures;
        this.rows = rows;
        this.bodies = bodies;
        this.meetings = meetings;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    /** A name that says what and when, from safe characters only, e.g. Statusbericht_LA-Dresden_2026-11-25.xlsx. */
    public String fileName(StatusReportRequest request) {
        var resolved = resolve(request);
        var what = resolved.filter().bodyId() != null ? bodies.get(resolved.filter().bodyId()).shortName()
                : translations.text(request.locale(), "report.file.all");
        return translations.text(request.locale(), "report.file.prefix") + "_" + safe(what) + "_" + LocalDate.now(clock) + ".xlsx";
    }

    public void write(StatusReportRequest request, OutputStream out) throws IOException {
        var content = content(request);
        new StatusReportWriter((key, args) -> translations.text(request.locale(), key, args)).write(content, out);
    }

    /** What goes into the report; the long sheets are row sources that read the database while being written. */
    ReportContent content(StatusReportRequest request) {
        var resolved = resolve(request);
        var locale = request.locale();
        var selection = rows.select(resolved.filter());
        var key = figures.keyFigures(selection.scope());
        var lights = figures.lights(selection.scope()).stream()
                .map(b -> new ReportContent.BodyLights(b.bodyShortName(), b.counts())).toList();
        var since = resolved.changesSince();
        return new ReportContent(locale, resolved.title(), scope(resolved.filter(), locale),
                currentUser.actorName(), LocalDateTime.now(clock), since,
                new ReportContent.Figures(key.total(), key.open(), key.overdue(), key.dueSoon(), key.doneRecently()),
                lights, figures.disagreementCounts(selection.scope()),
                ReadAhead.of(consumer -> rows.actions(selection, a -> consumer.accept(actionRow(a, locale)))),
                ReadAhead.of(consumer -> rows.indicators(selection, consumer)),
                ReadAhead.of(consumer -> rows.measurements(selection, consumer)),
                ReadAhead.of(consumer -> changeRows(selection, since, locale, consumer)));
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
            var monthAgo = LocalDate.now(clock).minusDays(30);
            since = filter.bodyId() == null ? monthAgo
                    : meetings.previous(filter.bodyId(), LocalDateTime.now(clock)).map(m -> m.startsAt().toLocalDate())
                    .orElse(monthAgo);
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

    private ReportRows.ActionRow actionRow(ActionReportRows.ActionRow a, Locale locale) {
        var source = a.sourceMeeting() != null ? a.sourceMeeting() : a.sourceReference();
        var indicators = a.indicators().stream().map(i -> shortIndicator(i, locale)).collect(Collectors.joining("\n"));
        return new ReportRows.ActionRow(a.id(), a.number(), a.bodyShortName(), a.title(), a.leadOrganisation(),
                PersonNames.of(a.owner(), a.ownerWithoutAccess(), (key, params) -> translations.text(locale, key, params)),
                a.deadline(), a.status(), a.progress(), a.rag(), reasons(a.reasons(), locale),
                a.lastUpdateAt(), a.lastUpdateText(), source, indicators, a.confidence(), a.disagreement());
    }

    private void changeRows(ActionSelection selection, LocalDate since, Locale locale,
                            java.util.function.Consumer<ReportRows.ChangeRow> out) {
        rows.changes(selection, since, c -> {
            var e = c.entry();
            out.accept(new ReportRows.ChangeRow(e.changedAt(), c.actionNumber(),
                    t(locale, "enum.RecordType." + e.recordType().name()), t(locale, e.field()),
                    HistoryValues.display(e.oldValue(), locale, key -> t(locale, key)),
                    HistoryValues.display(e.newValue(), locale, key -> t(locale, key)), e.changedBy()));
        });
    }

    private String shortIndicator(ActionReportRows.IndicatorRow i, Locale locale) {
        var number = NumberFormat.getNumberInstance(locale);
        var latest = i.latest() == null ? "–" : number.format(i.latest());
        return i.name() + ": " + latest + " / " + number.format(i.target()) + " " + i.unit() + " (" + i.achievementPercent() + " %)";
    }

    private String reasons(List<TrafficLight.Reason> reasons, Locale locale) {
        return reasons.stream()
                .map(r -> translations.text(locale, r.key(),
                        Translations.storedArguments(translations.text(locale, r.key()), r.args())))
                .collect(Collectors.joining("; "));
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
