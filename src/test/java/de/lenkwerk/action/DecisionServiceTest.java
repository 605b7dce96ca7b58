package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the committee decides about open actions in a meeting, and who may record it. */
@ServiceTest
class DecisionServiceTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    ActionService actions;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData fixture;

    /** A body per test with a secretariat and a reader, a planned meeting today and an action of an owner. */
    private TestData.Committee committee;
    private BodyItem body;
    private MeetingItem meeting;
    private ActionDetail action;
    private long ownerId;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        committee = fixture.committee("Entscheidungsgremium");
        body = committee.body();
        ownerId = fixture.person("Verantwortlich").id();
        meeting = fixture.meeting(body, "3. Sitzung", today.atTime(10, 0), MeetingState.PLANNED);
        action = fixture.action(body, data("Anlaufstelle einrichten", today.plusDays(30)));
    }

    @Test
    void aNewDeadlineMovesTheDeadlineAndKeepsTheReasonInTimelineAndHistory() {
        fixture.signIn(committee.secretariat());
        var newDeadline = today.plusDays(90);
        var decision = decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Räume erst im Herbst frei", newDeadline));

        assertThat(actions.get(action.id()).deadline()).isEqualTo(newDeadline);
        assertThat(decision.oldDeadline()).isEqualTo(today.plusDays(30));
        assertThat(decision.newDeadline()).isEqualTo(newDeadline);
        var latest = actions.timeline(action.id(), PageRequest.of(0, 1)).getFirst();
        assertThat(latest.text()).startsWith("Beschluss in 3. Sitzung: neue Frist")
                .endsWith("– Räume erst im Herbst frei");
        assertThat(actions.history(action.id(), PageRequest.of(0, 50)))
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("action.deadline");
                    assertThat(e.oldValue()).isEqualTo(today.plusDays(30).toString());
                    assertThat(e.newValue()).isEqualTo(newDeadline.toString());
                });
        var summary = decisions.summary(meeting.id());
        assertThat(summary.changedDeadlines()).singleElement()
                .satisfies(d -> assertThat(d.comment()).isEqualTo("Räume erst im Herbst frei"));
    }

    @Test
    void doneSetsStatusDoneAndFullProgress() {
        fixture.signIn(committee.secretariat());
        decisions.decide(meeting.id(), action.id(), action.version(), new DecisionData(DecisionKind.DONE, null, null));

        var done = actions.get(action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.trafficLight().colour()).isEqualTo(Rag.GREY);
    }

    @Test
    void droppedNeedsAReasonAndThenDropsTheAction() {
        fixture.signIn(committee.secretariat());
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.DROPPED, "  ", null)))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.text.dropped");

        decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.DROPPED, "Wird im Landesprogramm umgesetzt", null));

        assertThat(actions.get(action.id()).status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(decisions.decisions(meeting.id())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.DROPPED);
            assertThat(d.actionNumber()).isEqualTo(action.number());
        });
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), actions.get(action.id()).version(),
                new DecisionData(DecisionKind.NOTED, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.closed");
    }

    @Test
    void aNewDeadlineNeedsADateAndAReasonAndACommentNeedsText() {
        fixture.signIn(committee.secretariat());
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Grund", null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.deadline");
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, null, today.plusDays(60))))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.text.new_deadline");
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.COMMENT, "", null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.text.comment");

        assertThat(actions.get(action.id()).deadline()).isEqualTo(today.plusDays(30));
        assertThat(decisions.decisions(meeting.id())).isEmpty();
    }

    @Test
    void notedNeedsNoCommentAndChangesNothingButTheTimeline() {
        fixture.signIn(committee.secretariat());
        decisions.decide(meeting.id(), action.id(), action.version(), new DecisionData(DecisionKind.NOTED, null, null));

        var after = actions.get(action.id());
        assertThat(after.deadline()).isEqualTo(action.deadline());
        assertThat(after.status()).isEqualTo(action.status());
        assertThat(actions.timeline(action.id(), PageRequest.of(0, 1)).getFirst().text())
                .isEqualTo("Beschluss in 3. Sitzung: zur Kenntnis genommen");
    }

    @Test
    void aReaderMayNotDecide() {
        fixture.signIn(committee.reader());
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NOTED, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.decisions(meeting.id())).isEmpty();
    }

    @Test
    void anActionOfAnotherBodyIsRefused() {
        fixture.signIn(committee.secretariat());
        // a body this secretariat runs too: refused because the action is not on this meeting's body, not for access
        var second = fixture.body("Zweites Gremium");
        fixture.member(second, committee.secretariat().personId(), MembershipRole.SECRETARIAT);
        var other = fixture.action(second, data("Fremde Maßnahme", today.plusDays(20)));

        assertThatThrownBy(() -> decisions.decide(meeting.id(), other.id(), other.version(),
                new DecisionData(DecisionKind.NOTED, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.other-body");
        assertThat(decisions.decisions(meeting.id())).isEmpty();
        assertThat(actions.get(other.id()).version()).isEqualTo(other.version());
    }

    @Test
    void theMeetingsAndActionsOfABodyWithoutRoleAreNotFound() {
        var foreign = fixture.committee("Fremdes Gremium", MembershipRole.SECRETARIAT);
        var foreignMeeting = fixture.meeting(foreign.body(), "Fremde Sitzung", today.atTime(9, 0), MeetingState.PLANNED);
        var foreignAction = fixture.action(foreign.body(), data("Fremde Maßnahme", today.plusDays(20)));
        fixture.signIn(committee.secretariat());

        assertThatThrownBy(() -> decisions.decide(foreignMeeting.id(), foreignAction.id(), foreignAction.version(),
                new DecisionData(DecisionKind.NOTED, null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> decisions.decide(meeting.id(), foreignAction.id(), foreignAction.version(),
                new DecisionData(DecisionKind.NOTED, null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> decisions.decisions(foreignMeeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> decisions.summary(foreignMeeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.close(foreignMeeting.id(), foreignMeeting.version()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.as(foreign.secretariat(), () -> decisions.decisions(foreignMeeting.id()))).isEmpty();
        assertThat(fixture.as(foreign.secretariat(), () -> meetings.get(foreignMeeting.id()).state()))
                .isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void aDecisionOnAStaleVersionIsRefused() {
        fixture.signIn(committee.secretariat());
        var current = actions.get(action.id());
        actions.report(action.id(), current.version(),
                new ProgressReport("Zwischenstand", ActionStatus.IN_PROGRESS, 20));

        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Grund", today.plusDays(60))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(actions.get(action.id()).deadline()).isEqualTo(today.plusDays(30));
    }

    @Test
    void closingSetsTheMeetingToHeldOnceAndTheSummaryListsItsNewActions() {
        fixture.signIn(committee.secretariat());
        var agreed = actions.create(body.id(), new ActionData("Neu vereinbart", null, ownerId, null, null, Set.of(),
                null, today.plusDays(40), ActionStatus.PLANNED, 0, meeting.id(), null, null, null), null);

        var closed = meetings.close(meeting.id(), meeting.version());

        assertThat(closed.state()).isEqualTo(MeetingState.HELD);
        assertThat(decisions.summary(meeting.id()).newActions()).extracting(ActionListItem::id).containsExactly(agreed.id());
        assertThatThrownBy(() -> meetings.close(meeting.id(), closed.version()))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.not-planned");
    }

    @Test
    void doneOnAParentKeepsTheProgressRolledUpFromItsSubActions() {
        fixture.signIn(committee.secretariat());
        actions.create(body.id(), new ActionData("Teilschritt", null, ownerId, null, null, Set.of(), null,
                today.plusDays(20), ActionStatus.IN_PROGRESS, 40, null, null, null, action.id()), null);
        var parent = actions.get(action.id());
        assertThat(parent.progress()).isEqualTo(40);

        decisions.decide(meeting.id(), parent.id(), parent.version(), new DecisionData(DecisionKind.DONE, null, null));

        var done = actions.get(action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(40);
    }

    @Test
    void onceTheMinutesAreApprovedTheirAgendaAndNotesStayAsApproved() {
        fixture.signIn(committee.secretariat());
        var item = meetings.addAgendaItem(meeting.id(), "Stand der Umsetzung");
        meetings.saveAgendaNotes(item.id(), "", "Bericht liegt vor");
        var held = meetings.close(meeting.id(), meeting.version());
        var approved = meetings.update(meeting.id(), held.version(), new MeetingData(meeting.title(),
                meeting.startsAt(), meeting.place(), MeetingState.MINUTES_APPROVED, null));

        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "Bericht liegt vor", "nachträglich geändert"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.minutes-approved");
        assertThatThrownBy(() -> meetings.addAgendaItem(approved.id(), "Nachtrag"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.minutes-approved");
        assertThat(meetings.agenda(meeting.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).isEqualTo("Bericht liegt vor"));
    }

    @Test
    void notesSavedMeanwhileBySomeoneElseAreNotOverwritten() {
        fixture.signIn(committee.secretariat());
        var item = meetings.addAgendaItem(meeting.id(), "Verschiedenes");
        meetings.saveAgendaNotes(item.id(), "", "Beamer");
        meetings.saveAgendaNotes(item.id(), "Beamer", "Beamer defekt");

        // a second screen still started from the empty notes
        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "", "Termin 2027"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.notes-changed");
        assertThat(meetings.agenda(meeting.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).isEqualTo("Beamer defekt"));
    }

    private ActionData data(String title, LocalDate deadline) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), today.minusDays(10), deadline,
                ActionStatus.IN_PROGRESS, 10, null, null, null, null);
    }
}
