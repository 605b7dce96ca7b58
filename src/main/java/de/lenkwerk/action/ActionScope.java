package de.lenkwerk.action;

import de.lenkwerk.body.BodyAccess;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actions one user sees through one {@link ActionFilter} on one day. The only place that says which actions a
 * user may see (their bodies, plus actions they own or deputise anywhere) and what "open", "overdue", "due soon" and
 * "done recently" mean; the actions list (JPQL) and the figures and report rows (SQL) render it in their language,
 * so the list, the dashboard and the report cannot count differently (ADR 004).
 *
 * <p>Only the action module makes one, from the signed-in user ({@link ActionScopes}); its constructor is not
 * public, so a scope handed in from outside cannot widen what someone sees.
 */
public final class ActionScope {

    /** Statuses that end an action; everything else is open (as {@link ActionStatus#isOpen()} says). */
    public static final List<ActionStatus> CLOSED = Arrays.stream(ActionStatus.values()).filter(s -> !s.isOpen()).toList();

    private final BodyAccess.Visibility visibility;
    private final long personId;
    private final ActionFilter filter;
    private final LocalDate today;

    ActionScope(BodyAccess.Visibility visibility, Long personId, ActionFilter filter, LocalDate today) {
        this.visibility = visibility;
        this.personId = personId == null ? -1L : personId;
        this.filter = filter;
        this.today = today;
    }

    public ActionFilter filter() {
        return filter;
    }

    public LocalDate today() {
        return today;
    }

    /** The last deadline that still counts as due soon. */
    public LocalDate dueSoonUntil() {
        return today.plusDays(ActionFilter.Scope.DUE_SOON_DAYS);
    }

    /** The start of the period in which a finished action counts as done recently. */
    public LocalDateTime doneSince() {
        return today.minusDays(ActionFilter.Scope.RECENT_DAYS).atStartOfDay();
    }

    /**
     * What makes two scopes see the same actions: who sees what, the person, the filter and the day. Equal keys give
     * equal figures as long as no action changed, e.g. to keep a dashboard's figures between two changes.
     */
    public Key key() {
        return new Key(visibility, personId, filter, today);
    }

    public record Key(BodyAccess.Visibility visibility, long personId, ActionFilter filter, LocalDate today) {
    }

    /** Whether the user sees every action (administrators), so that only the filter narrows what is counted. */
    boolean seesAll() {
        return visibility.all();
    }

    /** The same user and day with another filter. */
    ActionScope with(ActionFilter other) {
        return new ActionScope(visibility, personId, other, today);
    }

    /** The same user, day and filter with another selection (e.g. the open actions of the filter). */
    ActionScope with(ActionFilter.Scope scope) {
        var f = filter;
        return with(new ActionFilter(f.bodyId(), f.organisationId(), f.ownerPersonId(), f.status(), f.rag(),
                f.deadlineFrom(), f.deadlineTo(), f.text(), f.mine(), f.meetingId(), scope));
    }

    /** Which query language a condition is written in; action alias {@code a} in both. */
    enum Language {
        /** Entity attributes ({@code a.bodyId}), enum and java.time parameters. */
        JPQL,
        /** Column names ({@code a.body_id}), enum names and java.sql parameters. */
        SQL;

        String column(String attribute) {
            return "a." + (this == JPQL ? attribute : attribute.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
        }

        Object value(Object value) {
            if (this == JPQL) {
                return value;
            }
            return switch (value) {
                case Enum<?> e -> e.name();
                case LocalDate d -> Date.valueOf(d);
                case LocalDateTime t -> Timestamp.valueOf(t);
                case Collection<?> c -> c.stream().map(this::value).toList();
                default -> value;
            };
        }

        String contributes(String parameter) {
            return this == JPQL ? ":" + parameter + " member of a.contributorIds"
                    : "exists (select 1 from action_contributor ac where ac.action_id = a.id and ac.organisation_id = :"
                    + parameter + ")";
        }
    }

    /** A condition on alias {@code a} and its named parameters. */
    record Where(String sql, Map<String, Object> params) {

        Where and(Where other) {
            var joined = new HashMap<>(params);
            joined.putAll(other.params);
            return new Where(sql + " and " + other.sql, Map.copyOf(joined));
        }
    }

    /** Visibility plus every filter, the selection ({@link ActionFilter.Scope}) included; starts with " where". */
    Where where(Language language) {
        var w = new Builder(language);
        if (!visibility.all()) {
            w.add("(" + w.col("bodyId") + " in (:bodyIds) or " + w.col("ownerPersonId") + " = :me or "
                  + w.col("deputyPersonId") + " = :me)", Map.of("bodyIds", visibility.bodyIdsForQuery(), "me", personId));
        }
        var f = filter;
        if (f.mine()) {
            w.add("(" + w.col("ownerPersonId") + " = :mine or " + w.col("deputyPersonId") + " = :mine)",
                    Map.of("mine", personId));
        }
        w.add(f.bodyId(), w.col("bodyId") + " = :bodyId", "bodyId");
        w.add(f.meetingId(), w.col("sourceMeetingId") + " = :meetingId", "meetingId");
        w.add(f.organisationId(), "(" + w.col("ownerOrganisationId") + " = :org or " + language.contributes("org") + ")",
                "org");
        w.add(f.ownerPersonId(), "(" + w.col("ownerPersonId") + " = :owner or " + w.col("deputyPersonId") + " = :owner)",
                "owner");
        w.add(f.status(), w.col("status") + " = :status", "status");
        w.add(f.rag(), w.col("rag") + " = :rag", "rag");
        w.add(f.deadlineFrom(), w.col("deadline") + " >= :from", "from");
        w.add(f.deadlineTo(), w.col("deadline") + " <= :to", "to");
        if (f.text() != null && !f.text().isBlank()) {
            w.add("(lower(" + w.col("title") + ") like :text or lower(" + w.col("number") + ") like :text or lower(coalesce("
                  + w.col("description") + ", '')) like :text)",
                    Map.of("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%"));
        }
        if (f.scope() != ActionFilter.Scope.ALL) {
            var selection = condition(f.scope(), language);
            w.add(selection.sql(), selection.params());
        }
        return new Where(" where " + w.sql, Map.copyOf(w.params));
    }

    /** What one selection counts, as a condition without " where", e.g. inside {@code sum(case when … then 1 end)}. */
    Where condition(ActionFilter.Scope selection, Language language) {
        var status = language.column("status");
        var deadline = language.column("deadline");
        var open = status + " not in (:closed)";
        var closed = Map.<String, Object>of("closed", language.value(CLOSED));
        return switch (selection) {
            case ALL -> new Where("1 = 1", Map.of());
            case OPEN -> new Where(open, closed);
            case OVERDUE -> new Where(open + " and " + deadline + " < :today",
                    Map.of("closed", language.value(CLOSED), "today", language.value(today)));
            case DUE_SOON -> new Where(open + " and " + deadline + " >= :today and " + deadline + " <= :soon",
                    Map.of("closed", language.value(CLOSED), "today", language.value(today),
                            "soon", language.value(dueSoonUntil())));
            case DONE_RECENTLY -> new Where(status + " = :done and " + language.column("doneAt") + " >= :doneSince",
                    Map.of("done", language.value(ActionStatus.DONE), "doneSince", language.value(doneSince())));
        };
    }

    /** Whether the user sees an action of this body with this owner and deputy: the rule of {@link #where} in Java. */
    boolean sees(long bodyId, Long ownerPersonId, Long deputyPersonId) {
        return visibility.canRead(bodyId) || Long.valueOf(personId).equals(ownerPersonId)
               || Long.valueOf(personId).equals(deputyPersonId);
    }

    private static final class Builder {

        private final Language language;
        private final StringBuilder sql = new StringBuilder("1 = 1");
        private final Map<String, Object> params = new HashMap<>();

        Builder(Language language) {
            this.language = language;
        }

        String col(String attribute) {
            return language.column(attribute);
        }

        void add(String condition, Map<String, ?> values) {
            sql.append(" and ").append(condition);
            values.forEach((k, v) -> params.put(k, language.value(v)));
        }

        void add(Object value, String condition, String name) {
            if (value != null) {
                add(condition, Map.of(name, value));
            }
        }
    }
}
