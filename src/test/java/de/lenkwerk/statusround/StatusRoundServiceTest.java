package de.lenkwerk.statusround;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.security.SystemActor;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A status round with the real database, its own users and a real SMTP server (GreenMail): owners are asked by mail
 * and in the app, answer, the tracker shows who is missing, and the changes view lists what changed. Reminders and
 * hand-overs: {@link StatusRoundReminderTest}.
 */
@ServiceTest
class StatusRoundServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    StatusRoundService rounds;
    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeetingService meetings;
    @Autowired
    NotificationService notifications;
    @Autowired
    StatusRoundRepository roundRepository;
    @Autowired
    StatusRequestRepository requestRepository;
    @Autowired
    TestData fixture;

    private StatusRoundScene scene;
    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        // mails are sent in the causing thread once it commits, so none of an earlier test can arrive late
        scene = StatusRoundScene.create(fixture, meetings);
        greenMail.purgeEmailFromAllMailboxes();
        today = scene.today();
    }

    @Test
    void startingARoundMailsEveryOwnerWithOpenActionsOnceAndNotifiesThemInTheApp() throws Exception {
        fixture.signIn(scene.secretariat());
        var before = greenMail.getReceivedMessages().length;
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));

        assertThat(greenMail.waitForIncomingEmail(5000, before + 2)).as("both requests arrived").isTrue();
        var label = scene.body().shortName() + " " + scene.next().startsAt().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(round.label()).isEqualTo(label);
        assertThat(round.asked()).isEqualTo(3);
        var toLehmann = mails(scene.lehmann().email(), "Statusabfrage " + label);
        assertThat(toLehmann).hasSize(1);
        assertThat(toLehmann.getFirst().getSubject()).startsWith("Lenkwerk: Statusabfrage " + label + ", Antwort bis ");
        // the body is quoted-printable on the wire; getContent() decodes it
        assertThat(GreenMailUtil.getBody(toLehmann.getFirst())).contains("Guten Tag " + scene.lehmann().name());
        assertThat(toLehmann.getFirst().getContent().toString())
                .contains("bitte berichten Sie bis".substring(1)).contains("zu Ihren 2 offenen Maßnahmen")
                .contains("/meine-massnahmen");
        assertThat(mails(scene.other().email(), "Statusabfrage " + label)).hasSize(1);
        var inApp = fixture.as(scene.lehmann(), () -> notifications.mine(50, Locale.GERMAN));
        assertThat(inApp).anySatisfy(n -> assertThat(n.text()).startsWith("Statusabfrage " + label + ":"));
        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personName, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(scene.lehmann().name(), 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple(scene.other().name(), 1L, 0L));
        assertThat(round.changesSince()).isEqualTo(scene.previous().startsAt());
    }

    @Test
    void aSecondOpenRoundAndAnAnswerByDateInThePastAreRefused() {
        fixture.signIn(scene.secretariat());
        assertThatThrownBy(() -> rounds.start(scene.body().id(), scene.next().id(), today.minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.answer-by-past"));
        rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        assertThatThrownBy(() -> rounds.start(scene.body().id(), null, today.plusDays(7)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.open-round"));
        assertThat(rounds.countForBody(scene.body().id())).isEqualTo(1);
    }

    @Test
    void aRoundIsOnlyStartedForAPlannedMeetingOfTheBodyThatIsStillAhead() {
        fixture.signIn(scene.secretariat());
        var pastPlanned = SystemActor.call(() -> meetings.plan(scene.body().id(), new MeetingData("Vergessen",
                today.minusDays(3).atTime(LocalTime.of(9, 0)), null, MeetingState.PLANNED, null)));

        for (var meeting : List.of(scene.previous(), pastPlanned)) {
            assertThatThrownBy(() -> rounds.start(scene.body().id(), meeting.id(), today.plusDays(7)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("statusround.error.meeting-not-planned"));
        }
        assertThat(rounds.countForBody(scene.body().id())).isZero();
    }

    @Test
    void theDatabaseRefusesASecondOpenRoundOfTheSameBodyEvenPastTheServiceCheck() {
        fixture.signIn(scene.secretariat());
        rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));

        // what a concurrent start would insert after both passed the "no open round" check
        assertThatThrownBy(() -> roundRepository.saveAndFlush(new StatusRound(scene.body().id(), null, today.plusDays(7),
                java.time.LocalDateTime.now(de.lenkwerk.TestClock.BERLIN)))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aClosedRoundMakesRoomForTheNextOne() {
        fixture.signIn(scene.secretariat());
        var first = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        rounds.close(first.id());

        var second = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));

        assertThat(second.isOpen()).isTrue();
        assertThat(rounds.countForBody(scene.body().id())).isEqualTo(2);
    }

    @Test
    void onlyTheSecretariatStartsARound() {
        fixture.signIn(scene.reader());
        assertThatThrownBy(() -> rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anOwnerAnswersAndTheTrackerShowsWhoHasAnsweredAndWhoIsMissing() {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));

        var mine = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow();
        assertThat(mine.bodyName()).isEqualTo(scene.body().name());
        assertThat(mine.answerBy()).isEqualTo(today.plusDays(7));
        assertThat(mine.actions()).extracting(a -> a.action().title())
                .containsExactly("Beratungstage anbieten", "Übersicht führen");
        var request = mine.actions().getFirst();
        assertThat(request.indicators()).hasSize(1);
        var answered = fixture.as(scene.lehmann(), () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Zwei Beratungstage zusätzlich", ActionStatus.IN_PROGRESS, 50),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(12), today))));

        assertThat(answered.answered()).isTrue();
        assertThat(answered.action().progress()).isEqualTo(50);
        assertThat(indicators.forAction(scene.measured().id()).getFirst().latestValue()).isEqualByComparingTo("12");
        var tracker = rounds.tracker(round.id());
        var lehmannRow = tracker.stream().filter(r -> r.personId() == scene.lehmann().personId()).findFirst().orElseThrow();
        assertThat(lehmannRow.answered()).isEqualTo(1);
        assertThat(lehmannRow.lastAnsweredAt()).isNotNull();
        assertThat(lehmannRow.complete()).isFalse();
        var otherRow = tracker.stream().filter(r -> r.personId() == scene.other().personId()).findFirst().orElseThrow();
        assertThat(otherRow.answered()).isZero();
        assertThat(otherRow.lastAnsweredAt()).isNull();
        assertThat(rounds.get(round.id()).answered()).isEqualTo(1);
    }

    @Test
    void anOwnerAnswersAValuePerCategoryOfABrokenDownIndicator() {
        var cities = fixture.as(scene.secretariat(), () -> indicators.add(scene.plain().id(),
                new de.lenkwerk.action.IndicatorData("Beratungen", "Termine", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.valueOf(100), today.plusDays(80), de.lenkwerk.action.IndicatorDirection.UP,
                        de.lenkwerk.action.IndicatorAggregation.PERIOD_SUM, de.lenkwerk.action.IndicatorBreakdown.LIST,
                        List.of("Dresden", "Leipzig", "Chemnitz"), List.of())));
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        var request = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().stream()
                .filter(a -> a.action().id().equals(scene.plain().id())).findFirst().orElseThrow();
        assertThat(request.indicators()).singleElement().satisfies(i -> assertThat(i.categories())
                .containsExactly("Dresden", "Leipzig", "Chemnitz"));

        fixture.as(scene.lehmann(), () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Drei Städte beraten", ActionStatus.IN_PROGRESS, 45),
                List.of(new MeasurementAnswer(cities.id(), null, today,
                        java.util.Map.of("Dresden", BigDecimal.valueOf(7), "Leipzig", BigDecimal.valueOf(5))))));

        var measured = fixture.as(scene.secretariat(), () -> indicators.allMeasurements(cities.id()));
        assertThat(measured).singleElement().satisfies(m -> {
            assertThat(m.value()).as("the total follows the rule: a count per period adds up").isEqualByComparingTo("12");
            assertThat(m.byCategory()).containsOnlyKeys("Dresden", "Leipzig");
            assertThat(m.byCategory().get("Dresden")).isEqualByComparingTo("7");
        });
        assertThat(fixture.as(scene.secretariat(), () -> indicators.forAction(scene.plain().id())).getFirst().latestValue())
                .isEqualByComparingTo("12");
        // a category the indicator does not have is refused, with nothing of the answer saved
        var again = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().stream()
                .filter(a -> a.action().id().equals(scene.plain().id())).findFirst().orElseThrow();
        assertThatThrownBy(() -> fixture.as(scene.lehmann(), () -> rounds.answer(again.requestId(),
                again.action().version(), new ProgressReport("Zwickau dazu", ActionStatus.IN_PROGRESS, 50),
                List.of(new MeasurementAnswer(cities.id(), null, today, java.util.Map.of("Zwickau", BigDecimal.ONE))))))
                .isInstanceOf(de.lenkwerk.base.UserFacingException.class);
        assertThat(fixture.as(scene.secretariat(), () -> indicators.allMeasurements(cities.id()))).hasSize(1);
    }

    @Test
    void aStrangerCannotAnswerAndAStaleAnswerIsRefusedWithNothingSaved() {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        var request = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().getFirst();
        var report = new ProgressReport("Fremde Antwort", ActionStatus.DONE, 100);

        assertThatThrownBy(() -> fixture.as(scene.reader(), () -> rounds.answer(request.requestId(), request.action().version(), report,
                List.of()))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.answer(request.requestId(), request.action().version(), report, List.of()))
                .isInstanceOf(RecordNotFoundException.class);

        SystemActor.run(() -> actions.report(scene.measured().id(), request.action().version(),
                new ProgressReport("Zwischendurch", ActionStatus.IN_PROGRESS, 30)));
        assertThatThrownBy(() -> fixture.as(scene.lehmann(), () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Veraltet", ActionStatus.IN_PROGRESS, 60),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(7), today)))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(rounds.tracker(round.id())).allSatisfy(r -> assertThat(r.answered()).isZero());
        assertThat(indicators.forAction(scene.measured().id()).getFirst().latestValue()).isNull();
        assertThat(actions.get(scene.measured().id()).progress()).isEqualTo(30);
    }

    @Test
    void afterClosingNoAnswersAreTakenAndTheChangesViewListsWhatChanged() {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        var request = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().getFirst();
        fixture.as(scene.lehmann(), () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Zwei Beratungstage zusätzlich", ActionStatus.IN_PROGRESS, 50),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(12), today))));

        var closed = rounds.close(round.id());

        assertThat(closed.state()).isEqualTo(StatusRoundState.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThatThrownBy(() -> rounds.remindAllMissing(round.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.closed"));
        var second = fixture.as(scene.lehmann(), () -> actions.get(scene.plain().id()));
        assertThat(fixture.as(scene.lehmann(), () -> rounds.myOpenRequests())).noneMatch(r -> r.roundId() == round.id());

        var changes = fixture.as(scene.reader(), () -> rounds.changes(round.id()));
        assertThat(changes).hasSize(3);
        var answeredOne = changes.stream().filter(c -> c.changes().actionId() == scene.measured().id()).findFirst().orElseThrow();
        assertThat(answeredOne.answered()).isTrue();
        assertThat(answeredOne.changes().fieldChanges()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.status");
            assertThat(e.oldValue()).isEqualTo("ActionStatus.PLANNED");
            assertThat(e.newValue()).isEqualTo("ActionStatus.IN_PROGRESS");
        });
        assertThat(answeredOne.changes().fieldChanges()).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.progress");
            assertThat(e.oldValue()).isEqualTo("20");
            assertThat(e.newValue()).isEqualTo("50");
        });
        assertThat(answeredOne.changes().measurements()).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("12"));
        assertThat(answeredOne.changes().reports()).extracting(r -> r.text()).containsExactly("Zwei Beratungstage zusätzlich");
        var unanswered = changes.stream().filter(c -> c.changes().actionId() == scene.ofOther().id()).findFirst().orElseThrow();
        assertThat(unanswered.answered()).isFalse();
        assertThat(unanswered.changes().fieldChanges()).isEmpty();
        assertThat(second.version()).isEqualTo(scene.plain().version());
    }

    @Test
    void theSecretariatOfANeighbouringBodyFindsNothingOfThisBodysRounds() {
        var neighbour = StatusRoundScene.neighbour(fixture, scene);
        var round = fixture.as(scene.secretariat(), () -> rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7)));
        fixture.signIn(neighbour.secretariat());

        assertThatThrownBy(() -> rounds.get(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.tracker(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.changes(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.remindAllMissing(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.close(round.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.as(scene.secretariat(), () -> rounds.get(round.id()).isOpen())).isTrue();
        assertThat(fixture.as(scene.lehmann(), () -> rounds.myOpenRequests())).extracting(MyStatusRound::roundId)
                .containsExactly(round.id());
    }

    private void answerAllAsLehmann(long roundId) {
        fixture.as(scene.lehmann(), () -> {
            var mine = rounds.myOpenRequests().stream().filter(r -> r.roundId() == roundId).findFirst().orElseThrow();
            for (var request : mine.actions()) {
                rounds.answer(request.requestId(), request.action().version(),
                        new ProgressReport("Läuft", ActionStatus.IN_PROGRESS, 60), List.of());
            }
            return null;
        });
    }

    private List<MimeMessage> mails(String to, String subjectPart) {
        return StatusRoundScene.mails(greenMail, to, subjectPart);
    }
}
