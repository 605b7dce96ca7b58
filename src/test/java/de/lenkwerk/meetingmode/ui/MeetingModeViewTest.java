package de.lenkwerk.meetingmode.ui;

import de.lenkwerk.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.DecisionKind;
import de.lenkwerk.action.DecisionService;
import de.lenkwerk.base.ui.NotFoundView;
import de.lenkwerk.body.BodyData;
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
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat runs a meeting on the meeting-mode screen: reviewing, deciding, capturing, notes, closing. */
@LenkwerkTest
class MeetingModeViewTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(TestClock.BERLIN);

    @Autowired
    ActionService actions;
    @Autowired
    DecisionService decisions;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;

    private MeetingItem meeting;
    private final List<ActionDetail> open = new ArrayList<>();

    /** A body of its own with three open actions and a planned meeting with two agenda items. */
    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            var body = bodies.create(new BodyData("Sitzungsgremium " + suffix, "SG " + suffix, BodyType.WORKING_GROUP,
                    null, null, false, "SG-" + suffix));
            bodies.addMember(body.id(), person("Sabine Hoffmann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, TODAY.minusDays(1), null));
            bodies.addMember(body.id(), person("Claudia Neumann").id(), null,
                    new MembershipData(null, MembershipRole.READER, null, null));
            for (var title : List.of("Anlaufstelle", "Schnittstellenpapier", "Projektübersicht")) {
                open.add(actions.create(body.id(), new ActionData(title, null, person("Markus Lehmann").id(), null, null,
                        Set.of(), TODAY.minusDays(5), TODAY.plusDays(40), ActionStatus.IN_PROGRESS, 20, null, null, null,
                        null), null));
            }
            meeting = meetings.plan(body.id(), new MeetingData("Sitzung " + suffix, TODAY.atTime(10, 0), "Rathaus",
                    MeetingState.PLANNED, null));
            meetings.addAgendaItem(meeting.id(), "Stand der Umsetzung");
            meetings.addAgendaItem(meeting.id(), "Verschiedenes");
        });
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theReviewStepsThroughTheOpenActionsAndMovesOnAfterADecision() {
        var view = navigate(MeetingModeView.class, meeting.id());
        roundTrip();
        var review = view.review;

        assertThat(review.items).extracting(i -> i.title()).containsExactly("Anlaufstelle", "Schnittstellenpapier", "Projektübersicht");
        assertThat(review.position.getText()).isEqualTo("Maßnahme 1 von 3");
        assertThat(review.previous.isEnabled()).isFalse();
        test(review.next).click();
        view.stepReview(1);
        assertThat(review.position.getText()).isEqualTo("Maßnahme 3 von 3");
        assertThat(review.next.isEnabled()).isFalse();
        test(review.previous).click();
        test(review.previous).click();
        assertThat(review.index).isZero();

        test(review.decisionBar.buttons.get(DecisionKind.NEW_DEADLINE)).click();
        test(review.decisionBar.text).setValue("Räume erst im Herbst");
        test(review.decisionBar.save).click();
        assertThat(review.decisionBar.errors.getElement().getTextRecursively()).contains("neue Frist an");
        assertThat(review.decisionBar.text.getValue()).isEqualTo("Räume erst im Herbst");
        assertThat(review.index).isZero();

        test(review.decisionBar.deadline).setValue(TODAY.plusDays(120));
        test(review.decisionBar.save).click();

        assertThat(actions.get(open.getFirst().id()).deadline()).isEqualTo(TODAY.plusDays(120));
        assertThat(review.index).isEqualTo(1);
        test(review.decisionBar.buttons.get(DecisionKind.NOTED)).click();
        assertThat(review.index).isEqualTo(2);
        assertThat(decisions.decisions(meeting.id())).extracting(d -> d.actionTitle() + " " + d.kind())
                .containsExactly("Anlaufstelle NEW_DEADLINE", "Schnittstellenpapier NOTED");

        review.show(0);
        assertThat(review.content.getElement().getTextRecursively())
                .contains("Beschluss in dieser Sitzung").contains("Neue Frist").contains("Räume erst im Herbst");
        test(review.toggle).click();
        assertThat(review.compact).isTrue();
        assertThat(review.content.getElement().getTextRecursively()).contains("Zur Kenntnis").contains("Projektübersicht");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aRefusedCaptureKeepsWhatWasTypedAndTheCurrentAgendaItemIsTheDefault() {
        var view = navigate(MeetingModeView.class, meeting.id());
        var agenda = meetings.agenda(meeting.id());
        view.tabs.setSelectedIndex(2);
        roundTrip();
        view.currentItem.setValue(agenda.get(1));
        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat(view.capture.agendaItem.getValue()).isEqualTo(agenda.get(1));

        test(view.capture.title).setValue("Sprechstunde Anerkennung");
        view.capture.owner.setValue(person("Petra Schulz"));
        test(view.capture.deadline).setValue(TODAY.minusDays(30));
        test(view.capture.target).setValue(new java.math.BigDecimal("12"));
        test(view.capture.indicator).setValue("Beratungen");
        test(view.capture.save).click();

        assertThat(view.capture.errors.isVisible()).isTrue();
        assertThat(view.capture.title.getValue()).isEqualTo("Sprechstunde Anerkennung");
        assertThat(view.capture.indicator.getValue()).isEqualTo("Beratungen");
        assertThat(view.capture.deadline.getValue()).isEqualTo(TODAY.minusDays(30));

        test(view.capture.deadline).setValue(TODAY.plusDays(60));
        test(view.capture.save).click();
        var agreed = decisions.summary(meeting.id()).newActions();
        assertThat(agreed).extracting(a -> a.title()).containsExactly("Sprechstunde Anerkennung");
        assertThat(actions.get(agreed.getFirst().id()).sourceAgendaItemId()).isEqualTo(agenda.get(1).id());
        assertThat(view.capture.title.getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void notesAreSavedWhileTypingAndClosingSetsTheMeetingToHeld() {
        var view = navigate(MeetingModeView.class, meeting.id());
        view.tabs.setSelectedIndex(2);
        roundTrip();

        test(view.notes.getFirst().field()).setValue("Probebetrieb läuft; Räume im Jobcenter.");
        assertThat(meetings.agenda(meeting.id()).getFirst().notes()).isEqualTo("Probebetrieb läuft; Räume im Jobcenter.");

        view.tabs.setSelectedIndex(3);
        roundTrip();
        view.closing.closeMeeting();
        assertThat(meetings.get(meeting.id()).state()).isEqualTo(MeetingState.HELD);
        assertThat(view.closing.getElement().getTextRecursively()).contains("Diese Sitzung ist abgeschlossen.");
    }

    @Test
    @WithUserDetails("leser")
    void aReaderDoesNotGetTheMeetingModeButMayReadTheMinutes() {
        navigate("sitzungsmodus/" + meeting.id(), NotFoundView.class);

        var minutes = navigate(MinutesView.class, meeting.id());
        assertThat(minutes.getElement().getTextRecursively()).contains("TOP 1 · Stand der Umsetzung");
    }

    @Test
    @WithUserDetails("leser")
    void theMinutesHeaderLeavesOutAMissingPlace() {
        var withoutPlace = SystemActor.call(() -> meetings.plan(meeting.bodyId(), new MeetingData("Ohne Ort",
                TODAY.atTime(14, 0), null, MeetingState.PLANNED, null)));

        var minutes = navigate(MinutesView.class, withoutPlace.id());
        var text = minutes.getElement().getTextRecursively();
        assertThat(text).contains(" · geplant").doesNotContain("·  ·");
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
