package de.lenkwerk.action;

import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SystemActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way an action changes, with its indicators, measurements, progress updates and decisions (ADR 008,
 * docs/adr/008-one-change-path.md): load it with the access check, refuse a stale version, apply the mutation,
 * record the history, re-evaluate the traffic light and the parent's progress, and publish one event. The services'
 * public methods only say what their mutation does, so no change can forget a step.
 */
@Component
class ActionChangePath {

    /** What the signed-in user must be allowed to do with the action. */
    enum Right { MANAGE, REPORT }

    /** One change of an action: who may make it, what kind it is, and what it does to the loaded action. */
    record Mutation<T>(Right right, ActionEvents.What what, Function<Change, T> body) {

        static <T> Mutation<T> manage(ActionEvents.What what, Function<Change, T> body) {
            return new Mutation<>(Right.MANAGE, what, body);
        }

        static <T> Mutation<T> report(ActionEvents.What what, Function<Change, T> body) {
            return new Mutation<>(Right.REPORT, what, body);
        }
    }

    /** What a mutation gets: the loaded action, one moment and actor for everything it writes, and the history. */
    final class Change {

        private final Action action;
        private final LocalDateTime now;
        private final String actor;
        private String subject;

        private Change(Action action, LocalDateTime now, String actor) {
            this.action = action;
            this.now = now;
            this.actor = actor;
        }

        Action action() { return action; }
        LocalDateTime now() { return now; }
        LocalDate today() { return now.toLocalDate(); }
        String actor() { return actor; }

        /** Names what the change was about (e.g. the indicator), for the notification. */
        void about(String subject) {
            this.subject = subject;
        }

        /** A new record of the action (indicator, measurement): every field from nothing. */
        void recordCreated(RecordType type, long recordId, Snapshot created) {
            history.recordCreated(ActionLabels.ref(type, recordId, action), created);
        }

        void recordChanges(RecordType type, long recordId, Snapshot before, Snapshot after) {
            history.recordChanges(ActionLabels.ref(type, recordId, action), before, after);
        }
    }

    private final ActionRepository actions;
    private final ActionAccess access;
    private final ActionLabels labels;
    private final TrafficLights trafficLights;
    private final HistoryService history;
    private final BodyService bodies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionChangePath(ActionRepository actions, ActionAccess access, ActionLabels labels, TrafficLights trafficLights,
                     HistoryService history, BodyService bodies, CurrentUser currentUser,
                     ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.access = access;
        this.labels = labels;
        this.trafficLights = trafficLights;
        this.history = history;
        this.bodies = bodies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes an existing action. {@code expectedVersion} is the action's version the user's form was based on;
     * {@code null} when the mutation checks the version of its own record (an indicator) or only adds one (a
     * measurement), which never conflicts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    <T> T change(long actionId, Long expectedVersion, Mutation<T> mutation) {
        var action = mutation.right() == Right.MANAGE ? access.manageable(actionId) : access.reportable(actionId);
        if (expectedVersion != null) {
            action.checkVersion(expectedVersion);
        }
        var change = new Change(action, LocalDateTime.now(clock), currentUser.actorName());
        var before = labels.snapshot(action);
        var oldOwner = action.getOwnerPersonId();
        var oldParent = action.getParentId();
        var result = mutation.body().apply(change);
        actions.saveAndFlush(action);
        history.recordChanges(ActionLabels.ref(action), before, labels.snapshot(action));
        afterChange(action);
        if (oldParent != null && !oldParent.equals(action.getParentId())) {
            rollUp(oldParent);
        }
        announce(action, oldOwner, mutation.what(), change.subject);
        return result;
    }

    /** A new action, saved by the caller after its access check: the same steps from nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    void created(Action action, Function<Change, ?> alsoCreate) {
        var change = new Change(action, LocalDateTime.now(clock), currentUser.actorName());
        history.recordCreated(ActionLabels.ref(action), labels.snapshot(action));
        alsoCreate.apply(change);
        afterChange(action);
        announce(action, null, ActionEvents.What.EDITED, null);
    }

    /** Re-evaluates the light after anything that feeds it changed, and rolls progress up to the parent. */
    private void afterChange(Action action) {
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
                var before = labels.snapshot(parent);
                parent.rollUpProgress(mean);
                actions.saveAndFlush(parent);
                history.recordChanges(ActionLabels.ref(parent), before, labels.snapshot(parent));
            }
        }
        afterChange(parent);
    }

    /** One event per change: a new owner (new action, or handed over) is told so, everyone else that it changed. */
    private void announce(Action action, Long previousOwner, ActionEvents.What what, String subject) {
        var actorPersonId = currentUser.actingPersonId().orElse(null);
        if (!Objects.equals(previousOwner, action.getOwnerPersonId())) {
            events.publishEvent(new ActionEvents.Assigned(action.getId(), action.getNumber(), action.getTitle(),
                    action.getDeadline(), action.getOwnerPersonId(), currentUser.actorName(), actorPersonId));
        } else {
            events.publishEvent(new ActionEvents.Changed(action.getId(), action.getNumber(), action.getTitle(),
                    action.getOwnerPersonId(), action.getDeputyPersonId(), secretariatToTell(action), what, subject,
                    currentUser.actorName(), actorPersonId));
        }
    }

    /** The secretariat hears of changes from the owner's side; of its own changes it knows already. */
    private Set<Long> secretariatToTell(Action action) {
        if (access.canManage(action)) {
            return Set.of();
        }
        // an owner may not read the body's members, but the secretariat's names are no secret to them
        return SystemActor.call(() -> bodies.activeMembers(action.getBodyId())).stream()
                .filter(m -> m.role().manages()).map(MembershipItem::personId).collect(Collectors.toSet());
    }
}
