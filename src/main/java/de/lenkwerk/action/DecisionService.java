package de.lenkwerk.action;

import de.lenkwerk.action.ActionChangePath.Mutation;
import de.lenkwerk.action.ActionEvents.What;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The committee's decisions on open actions while a meeting reviews them ("Stand der Umsetzung"): noted, a new
 * deadline, done, dropped or a comment. Each is kept, changes the action where it says so, and joins the action's
 * timeline so owners read what the committee decided (ADR 007). A decision is a change of its action and goes
 * through {@link ActionChangePath} (ADR 008).
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DecisionService {

    private final ActionDecisionRepository decisions;
    private final ActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final ActionChangePath changes;
    private final ActionService actionService;
    private final MeetingService meetings;
    private final BodyAccess bodyAccess;
    private final Translations translations;

    DecisionService(ActionDecisionRepository decisions, ActionRepository actions, ProgressUpdateRepository updates,
                    ActionChangePath changes, ActionService actionService, MeetingService meetings,
                    BodyAccess bodyAccess, Translations translations) {
        this.decisions = decisions;
        this.actions = actions;
        this.updates = updates;
        this.changes = changes;
        this.actionService = actionService;
        this.meetings = meetings;
        this.bodyAccess = bodyAccess;
        this.translations = translations;
    }

    /** Records a decision of the meeting on one open action of the meeting's body; the secretariat only. */
    @Transactional
    public DecisionItem decide(long meetingId, long actionId, long expectedVersion, @Valid DecisionData data) {
        var meeting = meetings.get(meetingId);
        bodyAccess.requireManage(meeting.bodyId());
        if (meeting.state() == MeetingState.MINUTES_APPROVED) {
            throw new UserFacingException("decision.error.minutes-approved");
        }
        return changes.change(actionId, expectedVersion, Mutation.manage(What.DECIDED, change -> {
            var action = change.action();
            if (action.getBodyId() != meeting.bodyId()) {
                throw new UserFacingException("decision.error.other-body");
            }
            if (!action.getStatus().isOpen()) {
                throw new UserFacingException("decision.error.closed");
            }
            var comment = data.comment() == null || data.comment().isBlank() ? null : data.comment().strip();
            check(action, data, comment);
            var oldDeadline = action.getDeadline();
            var now = change.now();
            ActionStatus newStatus = null;
            Integer newProgress = null;
            switch (data.kind()) {
                case NEW_DEADLINE -> action.changeDeadline(data.newDeadline());
                case DONE -> {
                    // a parent's progress is rolled up from its sub-actions and is not overwritten by a decision
                    var rolledUp = !actions.findByParentId(actionId).isEmpty();
                    action.report(ActionStatus.DONE, rolledUp ? action.getProgress() : 100, now, null);
                    newStatus = ActionStatus.DONE;
                    newProgress = rolledUp ? null : 100;
                }
                case DROPPED -> {
                    action.report(ActionStatus.DROPPED, action.getProgress(), now, null);
                    newStatus = ActionStatus.DROPPED;
                }
                case NOTED, COMMENT -> {
                    // nothing about the action changes; the decision and the timeline remember it
                }
            }
            var actor = change.actor();
            updates.save(new ProgressUpdate(actionId, now, actor, note(meeting.title(), data, comment), newStatus,
                    newProgress));
            var moved = data.kind() == DecisionKind.NEW_DEADLINE;
            var decision = decisions.saveAndFlush(new ActionDecision(meetingId, actionId, data.kind(), comment,
                    moved ? oldDeadline : null, moved ? data.newDeadline() : null, actor, now));
            return new DecisionItem(decision.getId(), meetingId, actionId, action.getNumber(), action.getTitle(),
                    data.kind(), comment, moved ? oldDeadline : null, moved ? data.newDeadline() : null, actor, now);
        }));
    }

    /** The decisions of a meeting in the order they were taken; whoever may read the meeting. */
    public List<DecisionItem> decisions(long meetingId) {
        meetings.get(meetingId);
        return decisions.findByMeeting(meetingId);
    }

    /** Decisions, new actions and moved deadlines of a meeting, for its closing and its minutes. */
    public MeetingSummary summary(long meetingId) {
        meetings.get(meetingId);
        var agreed = actionService.list(ActionFilter.ofMeeting(meetingId), Pageable.unpaged());
        return new MeetingSummary(decisions.findByMeeting(meetingId), agreed);
    }

    private static void check(Action action, DecisionData data, String comment) {
        if (data.kind() == DecisionKind.NEW_DEADLINE) {
            if (data.newDeadline() == null) {
                throw new UserFacingException("decision.error.deadline");
            }
            if (data.newDeadline().equals(action.getDeadline())) {
                throw new UserFacingException("decision.error.same-deadline");
            }
            if (action.getStartDate() != null && data.newDeadline().isBefore(action.getStartDate())) {
                throw new UserFacingException("action.error.deadline-before-start");
            }
        }
        if (data.kind().needsText() && comment == null) {
            throw new UserFacingException("decision.error.text." + data.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The timeline entry, in the default language like every other stored note. */
    private String note(String meetingTitle, DecisionData data, String comment) {
        var locale = SupportedLocales.DEFAULT;
        var date = data.newDeadline() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(data.newDeadline());
        var what = translations.text(locale, "decision.note." + data.kind().name(), date);
        return translations.text(locale, comment == null ? "decision.note" : "decision.note.with-comment",
                meetingTitle, what, comment == null ? "" : comment);
    }
}
