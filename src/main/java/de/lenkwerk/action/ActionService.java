package de.lenkwerk.action;

import de.lenkwerk.action.ActionChangePath.Mutation;
import de.lenkwerk.action.ActionEvents.What;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Agreed actions. The secretariat (chair, Geschäftsstelle) records and edits them; owner and deputy report
 * progress but cannot change what was agreed (owner, deadline, title); members and readers read. Every change
 * goes through {@link ActionChangePath} (ADR 008); the methods here say what changes.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionService {

    private final ActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final ActionQueries queries;
    private final ActionAccess access;
    private final ActionChangePath changes;
    private final ActionChecks checks;
    private final ActionDetails details;
    private final ActionNumbering numbering;
    private final TrafficLights trafficLights;
    private final IndicatorService indicators;
    private final BodyAccess bodyAccess;
    private final BodyService bodies;
    private final CurrentUser currentUser;
    private final HistoryService history;
    private final Clock clock;

    ActionService(ActionRepository actions, ProgressUpdateRepository updates, ActionQueries queries,
                  ActionAccess access, ActionChangePath changes, ActionChecks checks, ActionDetails details,
                  ActionNumbering numbering, TrafficLights trafficLights, IndicatorService indicators,
                  BodyAccess bodyAccess, BodyService bodies, CurrentUser currentUser, HistoryService history,
                  Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.queries = queries;
        this.access = access;
        this.changes = changes;
        this.checks = checks;
        this.details = details;
        this.numbering = numbering;
        this.trafficLights = trafficLights;
        this.indicators = indicators;
        this.bodyAccess = bodyAccess;
        this.bodies = bodies;
        this.currentUser = currentUser;
        this.history = history;
        this.clock = clock;
    }

    /** A page of the list; owners who cannot sign in are marked (one more query per page, not per row). */
    public List<ActionListItem> list(ActionFilter filter, Pageable pageable) {
        var rows = queries.page(filter, bodyAccess.visibility(), personId(), pageable);
        var without = details.withoutAccess(rows.stream().map(ActionListItem::ownerPersonId).toList());
        return rows.stream().map(r -> r.withOwnerWithoutAccess(without.contains(r.ownerPersonId()))).toList();
    }

    public long count(ActionFilter filter) {
        return queries.count(filter, bodyAccess.visibility(), personId());
    }

    public ActionDetail get(long id) {
        return details.of(access.readable(id));
    }

    /** Records a new agreement, optionally with its first indicator, and gives it the next number of its body. */
    @Transactional
    public ActionDetail create(long bodyId, @Valid ActionData data, @Valid IndicatorData firstIndicator) {
        return create(bodyId, data, firstIndicator, null);
    }

    /**
     * Records a new agreement that came from a page of another feature, e.g. a section of an interface paper: the
     * source reference names it, {@code sourceLink} is its address, and the action page links back to it.
     */
    @Transactional
    public ActionDetail createFromSource(long bodyId, @Valid ActionData data, String sourceLink) {
        if (sourceLink == null || sourceLink.length() > ActionData.SOURCE_MAX || sourceLink.contains("://")) {
            throw new IllegalArgumentException("a source link is a relative address inside Lenkwerk");
        }
        return create(bodyId, data, null, sourceLink);
    }

    private ActionDetail create(long bodyId, ActionData data, IndicatorData firstIndicator, String sourceLink) {
        bodyAccess.requireManage(bodyId);
        var checked = checks.check(bodyId, null, data);
        var body = bodies.get(bodyId);
        var number = numbering.next(bodyId, body.actionPrefix(), LocalDate.now(clock).getYear());
        var created = new Action(bodyId, number, checked, LocalDateTime.now(clock));
        created.linkSource(sourceLink);
        var action = actions.saveAndFlush(created);
        changes.created(action, change -> firstIndicator == null ? null : indicators.create(change, firstIndicator));
        return details.of(action);
    }

    /** The secretariat edits what was agreed. A form based on an older version is refused and names who changed it. */
    @Transactional
    public ActionDetail update(long id, long expectedVersion, @Valid ActionData data) {
        return details.of(changes.change(id, expectedVersion, Mutation.manage(What.EDITED, change -> {
            var action = change.action();
            var checked = checks.check(action.getBodyId(), id, data);
            var oldProgress = action.getProgress();
            action.apply(checked, change.now());
            if (hasChildren(id)) {
                // a parent's progress is rolled up from its sub-actions, not typed in
                action.rollUpProgress(oldProgress);
            }
            return action;
        })));
    }

    /** Owner, deputy or secretariat report progress: a note plus status and progress; it joins the timeline. */
    @Transactional
    public ActionDetail report(long id, long expectedVersion, @Valid ProgressReport report) {
        return details.of(changes.change(id, expectedVersion, Mutation.report(What.REPORTED, change -> {
            var action = change.action();
            var rolledUp = hasChildren(id);
            var progress = rolledUp ? action.getProgress() : report.progress();
            action.report(report.status(), progress, change.now(), report.confidence());
            updates.save(new ProgressUpdate(id, change.now(), change.actor(), report.text().strip(), report.status(),
                    rolledUp ? null : progress, report.confidence()));
            return action;
        })));
    }

    /** The secretariat may overrule the rule's colour; the justification is required, logged and shown. */
    @Transactional
    public ActionDetail overrideTrafficLight(long id, long expectedVersion, Rag colour, String justification) {
        return details.of(changes.change(id, expectedVersion, Mutation.manage(What.EDITED, change -> {
            if (colour != null && (justification == null || justification.isBlank())) {
                throw new UserFacingException("action.error.override-reason");
            }
            if (justification != null && justification.strip().length() > 1000) {
                throw new UserFacingException("validation.max-length", 1000);
            }
            change.action().override(colour, colour == null ? null : justification.strip(), change.actor(), change.now());
            return change.action();
        })));
    }

    /** Re-evaluates every traffic light now instead of at night, e.g. after changing thresholds; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void refreshAllTrafficLights() {
        trafficLights.refreshAll();
    }

    /** Every open action due on or before the given day, for the daily reminders; administrators (the job) only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DeadlineItem> openDeadlines(LocalDate until) {
        return actions.findOpenDeadlines(until);
    }

    /** The open actions a person owns or deputises, e.g. for their calendar; administrators (the feed) only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DeadlineItem> openDeadlinesOf(long personId) {
        return actions.findOpenDeadlinesOf(personId);
    }

    /**
     * The ids of every action the signed-in person owns or deputises now, whatever its status (an action reported
     * done stays theirs), e.g. to find what they are asked about; nobody's but their own.
     */
    public List<Long> myActionIds() {
        var me = personId();
        return me == null ? List.of() : actions.findIdsOwnedOrDeputisedBy(me);
    }

    /**
     * Every action of a published body with its traffic light and indicators, in number order, for the OParl
     * interface: the same query as the actions list, scoped to that one body. Nothing for a body that is not
     * published. Anyone may ask.
     */
    @PreAuthorize("permitAll()")
    public List<PublicAction> publicActions(long bodyId) {
        if (!bodies.isPublic(bodyId)) {
            return List.of();
        }
        var scope = new BodyAccess.Visibility(false, java.util.Set.of(bodyId), java.util.Set.of());
        var rows = queries.page(ActionFilter.ofBody(bodyId), scope, null,
                org.springframework.data.domain.Pageable.unpaged(org.springframework.data.domain.Sort.by("number")));
        var byAction = indicators.itemsOf(rows.stream().map(ActionListItem::id).toList());
        return rows.stream().map(row -> new PublicAction(row, byAction.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The open actions of a body, e.g. to ask their owners for a status; readers of the body only. */
    public List<DeadlineItem> openActionsOfBody(long bodyId) {
        bodyAccess.requireRead(bodyId);
        return actions.findOpenOfBody(bodyId);
    }

    /**
     * What changed on an action since the given time: its own fields (a new action counts as new, not field by
     * field), the progress reports and the new measurements.
     */
    public ActionChanges changesSince(long id, LocalDateTime since) {
        var action = access.readable(id);
        var own = history.forActionSince(id, since).stream().filter(e -> e.recordType() == RecordType.ACTION).toList();
        // a new action's first entries (every field from nothing, all at one moment) read as "new", not field by field
        var createdAt = own.stream().filter(e -> e.field().equals("action.title") && e.oldValue() == null)
                .map(HistoryEntry::changedAt).findFirst().orElse(null);
        var fields = own.stream().filter(e -> !e.changedAt().equals(createdAt)).toList();
        var reports = updates.findSince(id, since).stream().map(ProgressUpdate::toItem).toList();
        var ownerWithoutAccess = details.withoutAccess(java.util.Collections.singletonList(action.getOwnerPersonId()))
                .contains(action.getOwnerPersonId());
        return new ActionChanges(id, action.getNumber(), action.getTitle(), action.getOwnerPersonId(),
                details.ownerName(action), ownerWithoutAccess,
                action.effective(trafficLights.derive(action)), createdAt != null, since, fields, reports,
                indicators.measurementsSince(id, since));
    }

    public List<ProgressUpdateItem> timeline(long id, Pageable pageable) {
        access.readable(id);
        return updates.findTimeline(id, pageable).stream().map(ProgressUpdate::toItem).toList();
    }

    public List<HistoryEntry> history(long id, Pageable pageable) {
        access.readable(id);
        return history.forAction(id, pageable);
    }

    public long countHistory(long id) {
        access.readable(id);
        return history.countForAction(id);
    }

    private boolean hasChildren(long id) {
        return !actions.findByParentId(id).isEmpty();
    }

    private Long personId() {
        return currentUser.get().map(SignedInUser::personId).orElse(null);
    }
}
