package de.lenkwerk.action;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the committee decides about open actions in a meeting, and who may record it. */
@LenkwerkTest
class DecisionServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    DecisionService decisions;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;

    /** A body per test with geschaeftsstelle as its secretariat and leser as a reader, a planned meeting, an action. */
    private BodyItem body;
    private MeetingItem meeting;
    private ActionDetail action;
    private PersonItem owner;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            body = body();
            owner = person("Markus Lehmann");
            bodies.addMember(body.id(), person("Claudia Neumann").id(), null,
                    new MembershipData(null, MembershipRole.READER, null, null));
            meeting = meetings.plan(body.id(), new MeetingData("3. Sitzung", TODAY.atTime(10, 0), "Rathaus",
                    MeetingState.PLANNED, null));
            action = actions.create(body.id(), data("Anlaufstelle einrichten", TODAY.plusDays(30)), null);
        });
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aNewDeadlineMovesTheDeadlineAndKeepsTheReasonInTimelineAndHistory() {
        var newDeadline = TODAY.plusDays(90);
        var decision = decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Räume erst im Herbst frei", newDeadline));

        assertThat(actions.get(action.id()).deadline()).isEqualTo(newDeadline);
        assertThat(decision.oldDeadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(decision.newDeadline()).isEqualTo(newDeadline);
        var latest = actions.timeline(action.id(), PageRequest.of(0, 1)).getFirst();
        assertThat(latest.text()).startsWith("Beschluss in 3. Sitzung: neue Frist")
                .endsWith("– Räume erst im Herbst frei");
        assertThat(actions.history(action.id(), PageRequest.of(0, 50)))
                .anySatisfy(e -> {
                    assertThat(e.field()).isEqualTo("action.deadline");
                    assertThat(e.oldValue()).isEqualTo(TODAY.plusDays(30).toString());
                    assertThat(e.newValue()).isEqualTo(newDeadline.toString());
                });
        var summary = decisions.summary(meeting.id());
        assertThat(summary.changedDeadlines()).singleElement()
                .satisfies(d -> assertThat(d.comment()).isEqualTo("Räume erst im Herbst frei"));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void doneSetsStatusDoneAndFullProgress() {
        decisions.decide(meeting.id(), action.id(), action.version(), new DecisionData(DecisionKind.DONE, null, null));

        var done = actions.get(action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.trafficLight().colour()).isEqualTo(Rag.GREY);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void droppedNeedsAReasonAndThenDropsTheAction() {
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
    @WithUserDetails("geschaeftsstelle")
    void aNewDeadlineNeedsADateAndAReasonAndACommentNeedsText() {
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Grund", null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.deadline");
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, null, TODAY.plusDays(60))))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.text.new_deadline");
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.COMMENT, "", null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.text.comment");

        assertThat(actions.get(action.id()).deadline()).isEqualTo(TODAY.plusDays(30));
        assertThat(decisions.decisions(meeting.id())).isEmpty();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void notedNeedsNoCommentAndChangesNothingButTheTimeline() {
        decisions.decide(meeting.id(), action.id(), action.version(), new DecisionData(DecisionKind.NOTED, null, null));

        var after = actions.get(action.id());
        assertThat(after.deadline()).isEqualTo(action.deadline());
        assertThat(after.status()).isEqualTo(action.status());
        assertThat(actions.timeline(action.id(), PageRequest.of(0, 1)).getFirst().text())
                .isEqualTo("Beschluss in 3. Sitzung: zur Kenntnis genommen");
    }

    @Test
    @WithUserDetails("leser")
    void aReaderMayNotDecide() {
        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NOTED, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(decisions.decisions(meeting.id())).isEmpty();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void anActionOfAnotherBodyIsRefused() {
        var other = SystemActor.call(() -> {
            var second = body();
            return actions.create(second.id(), data("Fremde Maßnahme", TODAY.plusDays(20)), null);
        });

        assertThatThrownBy(() -> decisions.decide(meeting.id(), other.id(), other.version(),
                new DecisionData(DecisionKind.NOTED, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "decision.error.other-body");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aDecisionOnAStaleVersionIsRefused() {
        var current = actions.get(action.id());
        actions.report(action.id(), current.version(),
                new ProgressReport("Zwischenstand", ActionStatus.IN_PROGRESS, 20));

        assertThatThrownBy(() -> decisions.decide(meeting.id(), action.id(), action.version(),
                new DecisionData(DecisionKind.NEW_DEADLINE, "Grund", TODAY.plusDays(60))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(actions.get(action.id()).deadline()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void closingSetsTheMeetingToHeldOnceAndTheSummaryListsItsNewActions() {
        var agreed = actions.create(body.id(), new ActionData("Neu vereinbart", null, owner.id(), null, null, Set.of(),
                null, TODAY.plusDays(40), ActionStatus.PLANNED, 0, meeting.id(), null, null, null), null);

        var closed = meetings.close(meeting.id(), meeting.version());

        assertThat(closed.state()).isEqualTo(MeetingState.HELD);
        assertThat(decisions.summary(meeting.id()).newActions()).extracting(ActionListItem::id).containsExactly(agreed.id());
        assertThatThrownBy(() -> meetings.close(meeting.id(), closed.version()))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.not-planned");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void doneOnAParentKeepsTheProgressRolledUpFromItsSubActions() {
        actions.create(body.id(), new ActionData("Teilschritt", null, owner.id(), null, null, Set.of(), null,
                TODAY.plusDays(20), ActionStatus.IN_PROGRESS, 40, null, null, null, action.id()), null);
        var parent = actions.get(action.id());
        assertThat(parent.progress()).isEqualTo(40);

        decisions.decide(meeting.id(), parent.id(), parent.version(), new DecisionData(DecisionKind.DONE, null, null));

        var done = actions.get(action.id());
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.progress()).isEqualTo(40);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void onceTheMinutesAreApprovedTheirAgendaAndNotesStayAsApproved() {
        var item = meetings.addAgendaItem(meeting.id(), "Stand der Umsetzung");
        meetings.saveAgendaNotes(item.id(), "", "Bericht liegt vor");
        var approved = meetings.update(meeting.id(), meeting.version(), new MeetingData(meeting.title(),
                meeting.startsAt(), meeting.place(), MeetingState.MINUTES_APPROVED, null));

        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "Bericht liegt vor", "nachträglich geändert"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.minutes-approved");
        assertThatThrownBy(() -> meetings.addAgendaItem(approved.id(), "Nachtrag"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.minutes-approved");
        assertThat(meetings.agenda(meeting.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).isEqualTo("Bericht liegt vor"));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void notesSavedMeanwhileBySomeoneElseAreNotOverwritten() {
        var item = meetings.addAgendaItem(meeting.id(), "Verschiedenes");
        meetings.saveAgendaNotes(item.id(), "", "Beamer");
        meetings.saveAgendaNotes(item.id(), "Beamer", "Beamer defekt");

        // a second screen still started from the empty notes
        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "", "Termin 2027"))
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.notes-changed");
        assertThat(meetings.agenda(meeting.id())).singleElement()
                .satisfies(e -> assertThat(e.notes()).isEqualTo("Beamer defekt"));
    }

    private BodyItem body() {
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var created = bodies.create(new BodyData("Entscheidungsgremium " + suffix, "EG " + suffix,
                BodyType.WORKING_GROUP, null, null, false, "EG-" + suffix));
        bodies.addMember(created.id(), person("Sabine Hoffmann").id(), null,
                new MembershipData(null, MembershipRole.SECRETARIAT, TODAY.minusDays(1), null));
        return created;
    }

    private ActionData data(String title, LocalDate deadline) {
        return new ActionData(title, null, owner.id(), null, null, Set.of(), TODAY.minusDays(10), deadline,
                ActionStatus.IN_PROGRESS, 10, null, null, null, null);
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
