package de.lenkwerk.action;

import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Agreed actions. The secretariat (chair, Geschäftsstelle) records and edits them; owner and deputy report
 * progress but cannot change what was agreed (owner, deadline, title); members and readers read.
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
    private final ActionNumbering numbering;
    private final TrafficLights trafficLights;
    private final IndicatorService indicators;
    private final BodyAccess bodyAccess;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final PersonService people;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final HistoryService history;
    private final ApplicationEventPublisher events;

    ActionService(ActionRepository actions, ProgressUpdateRepository updates, ActionQueries queries,
                  ActionAccess access, ActionNumbering numbering, TrafficLights trafficLights,
                  IndicatorService indicators, BodyAccess bodyAccess, BodyService bodies, MeetingService meetings,
                  PersonService people, OrganisationService organisations, CurrentUser currentUser,
                  HistoryService history, ApplicationEventPublisher events) {
        this.actions = actions;
        this.updates = updates;
        this.queries = queries;
        this.access = access;
        this.numbering = numbering;
        this.trafficLights = trafficLights;
        this.indicators = indicators;
        this.bodyAccess = bodyAccess;
        this.bodies = bodies;
        this.meetings = meetings;
        this.people = people;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.history = history;
        this.events = events;
    }

    public List<ActionListItem> list(ActionFilter filter, Pageable pageable) {
        return queries.page(filter, bodyAccess.visibility(), personId(), pageable);
    }

    public long count(ActionFilter filter) {
        return queries.count(filter, bodyAccess.visibility(), personId());
    }

    public ActionDetail get(long id) {
        return detail(access.readable(id));
    }

    /** Records a new agreement, optionally with its first indicator, and gives it the next number of its body. */
    @Transactional
    public ActionDetail create(long bodyId, @Valid ActionData data, @Valid IndicatorData firstIndicator) {
        bodyAccess.requireManage(bodyId);
        var checked = check(bodyId, null, data);
        var body = bodies.get(bodyId);
        var number = numbering.next(bodyId, body.actionPrefix(), LocalDate.now().getYear());
        var action = actions.saveAndFlush(new Action(bodyId, number, checked));
        history.recordCreated(ref(action), action.snapshot(labels));
        if (firstIndicator != null) {
            indicators.create(action, firstIndicator);
        }
        afterChange(action);
        announce(action, null);
        return detail(action);
    }

    /** The secretariat edits what was agreed. A form based on an older version is refused and names who changed it. */
    @Transactional
    public ActionDetail update(long id, long expectedVersion, @Valid ActionData data) {
        var action = access.manageable(id);
        action.checkVersion(expectedVersion);
        var checked = check(action.getBodyId(), id, data);
        var before = action.snapshot(labels);
        var oldParent = action.getParentId();
        var oldOwner = action.getOwnerPersonId();
        var oldProgress = action.getProgress();
        action.apply(checked);
        if (!actions.findByParentId(id).isEmpty()) {
            action.rollUpProgress(oldProgress);
        }
        actions.saveAndFlush(action);
        history.recordChanges(ref(action), before, action.snapshot(labels));
        afterChange(action);
        if (oldParent != null && !oldParent.equals(action.getParentId())) {
            rollUp(oldParent);
        }
        announce(action, oldOwner);
        return detail(action);
    }

    /** Owner, deputy or secretariat report progress: a note plus status and progress; it joins the timeline. */
    @Transactional
    public ActionDetail report(long id, long expectedVersion, @Valid ProgressReport report) {
        var action = access.reportable(id);
        action.checkVersion(expectedVersion);
        var hasChildren = !actions.findByParentId(id).isEmpty();
        var progress = hasChildren ? action.getProgress() : report.progress();
        var before = action.snapshot(labels);
        var now = LocalDateTime.now();
        action.report(report.status(), progress, now);
        actions.saveAndFlush(action);
        updates.save(new ProgressUpdate(id, now, currentUser.actorName(), report.text().strip(), report.status(),
                hasChildren ? null : progress));
        history.recordChanges(ref(action), before, action.snapshot(labels));
        afterChange(action);
        announce(action, action.getOwnerPersonId());
        return detail(action);
    }

    /** The secretariat may overrule the rule's colour; the justification is required, logged and shown. */
    @Transactional
    public ActionDetail overrideTrafficLight(long id, long expectedVersion, Rag colour, String justification) {
        var action = access.manageable(id);
        action.checkVersion(expectedVersion);
        if (colour != null && (justification == null || justification.isBlank())) {
            throw new UserFacingException("action.error.override-reason");
        }
        if (justification != null && justification.strip().length() > 1000) {
            throw new UserFacingException("validation.max-length", 1000);
        }
        var before = action.snapshot(labels);
        action.override(colour, colour == null ? null : justification.strip(), currentUser.actorName(), LocalDateTime.now());
        actions.saveAndFlush(action);
        history.recordChanges(ref(action), before, action.snapshot(labels));
        trafficLights.refresh(action);
        announce(action, action.getOwnerPersonId());
        return detail(action);
    }

    /** Re-evaluates every traffic light now instead of at night, e.g. after changing thresholds; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
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
        var createdSince = createdAt != null;
        var reports = updates.findSince(id, since).stream().map(ProgressUpdate::toItem).toList();
        var owner = person(action.getOwnerPersonId());
        return new ActionChanges(id, action.getNumber(), action.getTitle(), owner == null ? "?" : owner.fullName(),
                action.effective(trafficLights.derive(action)), createdSince, since, fields, reports,
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

    /**
     * Tells other features what happened: a new owner was assigned (new action, or handed over), or the action of
     * the same owner was changed.
     */
    void announce(Action action, Long previousOwner) {
        var actor = currentUser.get();
        var actorPersonId = actor.map(u -> u.personId()).orElse(null);
        if (previousOwner == null || !previousOwner.equals(action.getOwnerPersonId())) {
            events.publishEvent(new ActionEvents.Assigned(action.getId(), action.getNumber(), action.getTitle(),
                    action.getDeadline(), action.getOwnerPersonId(), currentUser.actorName(), actorPersonId));
        } else {
            events.publishEvent(new ActionEvents.Changed(action.getId(), action.getNumber(), action.getTitle(),
                    action.getOwnerPersonId(), currentUser.actorName(), actorPersonId));
        }
    }

    /** Re-evaluates the light after anything that feeds it changed, and rolls progress up to the parent. */
    void afterChange(Action action) {
        trafficLights.refresh(action);
        if (action.getParentId() != null) {
            rollUp(action.getParentId());
        }
    }

    /** A parent's progress is the mean progress of its children that were not dropped. */
    private void rollUp(long parentId) {
        var parent = actions.findById(parentId).orElse(null);
        if (parent == null) {
            return;
        }
        var children = actions.findByParentId(parentId).stream().filter(c -> c.getStatus() != ActionStatus.DROPPED).toList();
        if (!children.isEmpty()) {
            var mean = (int) Math.round(children.stream().mapToInt(Action::getProgress).average().orElse(0));
            if (mean != parent.getProgress()) {
                var before = parent.snapshot(labels);
                parent.rollUpProgress(mean);
                actions.saveAndFlush(parent);
                history.recordChanges(ref(parent), before, parent.snapshot(labels));
            }
        }
        afterChange(parent);
    }

    private ActionData check(long bodyId, Long id, ActionData data) {
        if (data.startDate() != null && data.deadline().isBefore(data.startDate())) {
            throw new UserFacingException("action.error.deadline-before-start");
        }
        var owner = people.get(data.ownerPersonId()).orElseThrow(() -> new UserFacingException("action.error.owner"));
        if (data.deputyPersonId() != null) {
            if (data.deputyPersonId().equals(data.ownerPersonId())) {
                throw new UserFacingException("action.error.deputy-is-owner");
            }
            people.get(data.deputyPersonId()).orElseThrow(() -> new UserFacingException("action.error.owner"));
        }
        for (var organisationId : data.contributorIds()) {
            organisations.get(organisationId).orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
        }
        if (data.ownerOrganisationId() != null) {
            organisations.get(data.ownerOrganisationId())
                    .orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
        }
        meetings.sourceLabel(bodyId, data.sourceMeetingId(), data.sourceAgendaItemId());
        checkParent(bodyId, id, data.parentId());
        var organisationId = data.ownerOrganisationId() != null ? data.ownerOrganisationId() : owner.organisationId();
        return new ActionData(data.title(), data.description(), data.ownerPersonId(), organisationId,
                data.deputyPersonId(), data.contributorIds(), data.startDate(), data.deadline(), data.status(),
                data.progress(), data.sourceMeetingId(), data.sourceAgendaItemId(), data.sourceReference(),
                data.parentId());
    }

    /** The parent must be an action of the same body and must not be the action itself or below it. */
    private void checkParent(long bodyId, Long id, Long parentId) {
        var current = parentId;
        while (current != null) {
            var parent = actions.findById(current).orElseThrow(() -> new UserFacingException("action.error.parent"));
            if (parent.getBodyId() != bodyId || parent.getId().equals(id)) {
                throw new UserFacingException("action.error.parent");
            }
            current = parent.getParentId();
        }
    }

    private ActionDetail detail(Action action) {
        var owner = person(action.getOwnerPersonId());
        var deputy = action.getDeputyPersonId() == null ? null : person(action.getDeputyPersonId());
        var contributors = action.getContributorIds().stream().sorted()
                .map(id -> organisations.get(id).map(OrganisationItem::name).orElse("?")).toList();
        var derived = trafficLights.derive(action);
        var parentLabel = action.getParentId() == null ? null
                : actions.findById(action.getParentId()).map(p -> p.getNumber() + " " + p.getTitle()).orElse(null);
        var source = meetings.sourceLabel(action.getBodyId(), action.getSourceMeetingId(), action.getSourceAgendaItemId())
                .orElse(null);
        var rolledUp = !actions.findByParentId(action.getId()).isEmpty();
        return new ActionDetail(action.getId(), action.getVersion(), action.getBodyId(),
                bodies.nameForAction(action.getBodyId()), action.getNumber(), action.getTitle(),
                action.getDescription(), action.getOwnerPersonId(), owner == null ? "?" : owner.fullName(),
                action.getOwnerOrganisationId(),
                action.getOwnerOrganisationId() == null ? null
                        : organisations.get(action.getOwnerOrganisationId()).map(OrganisationItem::name).orElse(null),
                action.getDeputyPersonId(), deputy == null ? null : deputy.fullName(),
                action.getContributorIds().stream().sorted().toList(), contributors, action.getStartDate(),
                action.getDeadline(), action.getStatus(), action.getProgress(), rolledUp,
                action.getSourceMeetingId(), action.getSourceAgendaItemId(), source, action.getSourceReference(),
                action.getParentId(), parentLabel, action.effective(derived), derived, action.getRagOverrideBy(),
                action.getRagOverrideAt(), action.getLastUpdateAt(), action.getUpdatedBy(), action.getUpdatedAt(),
                access.canManage(action), access.canReport(action));
    }

    /** Resolves ids to names for history entries. */
    private final Action.Labels labels = new Action.Labels() {
        @Override
        public String person(Long id) {
            return id == null ? null : people.get(id).map(PersonItem::fullName).orElse("#" + id);
        }

        @Override
        public String organisation(Long id) {
            return id == null ? null : organisations.get(id).map(OrganisationItem::name).orElse("#" + id);
        }

        @Override
        public String source(Action action) {
            return meetings.sourceLabel(action.getBodyId(), action.getSourceMeetingId(), action.getSourceAgendaItemId())
                    .orElse(null);
        }

        @Override
        public String action(Long id) {
            return id == null ? null : actions.findById(id).map(Action::getNumber).orElse("#" + id);
        }
    };

    private PersonItem person(Long id) {
        return id == null ? null : people.get(id).orElse(null);
    }

    private Long personId() {
        return currentUser.get().map(SignedInUser::personId).orElse(null);
    }

    /** The action as history records it, with names instead of ids. */
    de.lenkwerk.history.Snapshot snapshot(Action action) {
        return action.snapshot(labels);
    }

    static RecordRef ref(Action action) {
        return new RecordRef(RecordType.ACTION, action.getId(), action.getBodyId(), action.getId());
    }
}
