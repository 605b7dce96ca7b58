package de.lenkwerk.statusround;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
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
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A status round with the real database, real users and a real SMTP server (GreenMail): owners are asked by mail,
 * answer, the tracker shows who is missing, reminders reach only them, and the changes view lists what changed.
 */
@LenkwerkTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class StatusRoundServiceTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String LEHMANN_MAIL = "markus.lehmann@jobcenter-dresden.example";

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
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    StatusRoundRepository roundRepository;
    @Autowired
    StatusRequestRepository requestRepository;

    /** A body of its own per test: geschaeftsstelle runs it, leser reads it; Lehmann owns two actions, a second owner one. */
    private BodyItem body;
    private MeetingItem previous;
    private MeetingItem next;
    private PersonItem lehmann;
    private PersonItem other;
    private ActionDetail measured;
    private ActionDetail plain;
    private ActionDetail ofOther;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Statusgremium " + suffix, "SG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "SG-" + suffix));
            bodies.addMember(body.id(), person("Sabine Hoffmann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, TODAY.minusDays(1), null));
            bodies.addMember(body.id(), person("Claudia Neumann").id(), null,
                    new MembershipData(null, MembershipRole.READER, null, null));
            lehmann = person("Markus Lehmann");
            other = people.create(new PersonData("Eva Sommer " + suffix, "eva." + suffix.toLowerCase() + "@test.example", null));
            previous = meetings.plan(body.id(), new MeetingData("1. Sitzung", TODAY.minusDays(1).atTime(LocalTime.of(0, 0)),
                    null, MeetingState.HELD, null));
            next = meetings.plan(body.id(), new MeetingData("2. Sitzung", TODAY.plusDays(10).atTime(LocalTime.of(10, 0)),
                    null, MeetingState.PLANNED, null));
            measured = actions.create(body.id(), data("Beratungstage anbieten", lehmann.id(), ActionStatus.PLANNED, 20),
                    new IndicatorData("Beratungstage", "Tage", BigDecimal.ZERO, TODAY.minusDays(30), BigDecimal.valueOf(24),
                            TODAY.plusDays(100), IndicatorDirection.UP));
            plain = actions.create(body.id(), data("Übersicht führen", lehmann.id(), ActionStatus.IN_PROGRESS, 40), null);
            ofOther = actions.create(body.id(), data("Workshop planen", other.id(), ActionStatus.IN_PROGRESS, 10), null);
            actions.create(body.id(), data("Schon erledigt", other.id(), ActionStatus.DONE, 100), null);
        });
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void startingARoundMailsEveryOwnerWithOpenActionsOnceAndNotifiesThemInTheApp() throws Exception {
        var before = greenMail.getReceivedMessages().length;
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));

        assertThat(greenMail.waitForIncomingEmail(5000, before + 2)).as("both requests arrived").isTrue();
        var label = body.shortName() + " " + next.startsAt().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(round.label()).isEqualTo(label);
        assertThat(round.asked()).isEqualTo(3);
        var toLehmann = mails(LEHMANN_MAIL, "Statusabfrage " + label);
        assertThat(toLehmann).hasSize(1);
        assertThat(toLehmann.getFirst().getSubject()).startsWith("Lenkwerk: Statusabfrage " + label + ", Antwort bis ");
        // the body is quoted-printable on the wire; getContent() decodes it
        assertThat(GreenMailUtil.getBody(toLehmann.getFirst())).contains("Guten Tag Markus Lehmann");
        assertThat(toLehmann.getFirst().getContent().toString())
                .contains("bitte berichten Sie bis".substring(1)).contains("zu Ihren 2 offenen Maßnahmen")
                .contains("/meine-massnahmen");
        assertThat(mails(other.email(), "Statusabfrage " + label)).hasSize(1);
        var inApp = as("verantwortlich", () -> notifications.mine(50, Locale.GERMAN));
        assertThat(inApp).anySatisfy(n -> assertThat(n.text()).startsWith("Statusabfrage " + label + ":"));
        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personName, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Markus Lehmann", 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple(other.fullName(), 1L, 0L));
        assertThat(round.changesSince()).isEqualTo(previous.startsAt());
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aSecondOpenRoundAndAnAnswerByDateInThePastAreRefused() {
        assertThatThrownBy(() -> rounds.start(body.id(), next.id(), TODAY.minusDays(1)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.answer-by-past"));
        rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        assertThatThrownBy(() -> rounds.start(body.id(), null, TODAY.plusDays(7)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.open-round"));
        assertThat(rounds.countForBody(body.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aRoundIsOnlyStartedForAPlannedMeetingOfTheBodyThatIsStillAhead() {
        var pastPlanned = SystemActor.call(() -> meetings.plan(body.id(), new MeetingData("Vergessen",
                TODAY.minusDays(3).atTime(LocalTime.of(9, 0)), null, MeetingState.PLANNED, null)));

        for (var meeting : List.of(previous, pastPlanned)) {
            assertThatThrownBy(() -> rounds.start(body.id(), meeting.id(), TODAY.plusDays(7)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("statusround.error.meeting-not-planned"));
        }
        assertThat(rounds.countForBody(body.id())).isZero();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theDatabaseRefusesASecondOpenRoundOfTheSameBodyEvenPastTheServiceCheck() {
        rounds.start(body.id(), next.id(), TODAY.plusDays(7));

        // what a concurrent start would insert after both passed the "no open round" check
        assertThatThrownBy(() -> roundRepository.saveAndFlush(new StatusRound(body.id(), null, TODAY.plusDays(7),
                java.time.LocalDateTime.now()))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aClosedRoundMakesRoomForTheNextOne() {
        var first = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        rounds.close(first.id());

        var second = rounds.start(body.id(), next.id(), TODAY.plusDays(7));

        assertThat(second.isOpen()).isTrue();
        assertThat(rounds.countForBody(body.id())).isEqualTo(2);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void anActionHandedOverDuringARoundIsAskedOfTheNewOwner() throws Exception {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        var current = actions.get(plain.id());

        actions.update(plain.id(), current.version(), data("Übersicht führen", other.id(), ActionStatus.IN_PROGRESS, 40));

        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personId, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(lehmann.id(), 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(other.id(), 2L, 0L));
        var lehmannsRound = as("verantwortlich", () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow();
        assertThat(lehmannsRound.actions()).extracting(a -> a.action().id()).containsExactly(measured.id());
        answerAllAsLehmann(round.id());
        var before = greenMail.getReceivedMessages().length;

        assertThat(rounds.remindAllMissing(round.id())).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, before + 1)).isTrue();
        assertThat(mails(other.email(), "Erinnerung an die Statusabfrage " + round.label())).hasSize(1);
        assertThat(mails(LEHMANN_MAIL, "Erinnerung an die Statusabfrage " + round.label())).isEmpty();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == lehmann.id()).singleElement()
                .satisfies(r -> assertThat(r.complete()).isTrue());
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void anAnsweredRequestStaysWithWhoAnsweredWhenTheActionIsHandedOverLater() {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        answerAllAsLehmann(round.id());
        var current = actions.get(plain.id());

        actions.update(plain.id(), current.version(), data("Übersicht führen", other.id(), ActionStatus.IN_PROGRESS, 60));

        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personId, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(lehmann.id(), 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(other.id(), 1L, 0L));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aStaleRequestWrittenBackDoesNotUndoAnAnswer() {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        // loaded by "Erinnern" before the owner's answer commits
        var stale = requestRepository.findByRoundId(round.id()).stream()
                .filter(r -> r.getActionId().equals(measured.id())).findFirst().orElseThrow();
        answerAllAsLehmann(round.id());

        requestRepository.saveAndFlush(stale);
        rounds.remind(round.id(), other.id());

        assertThat(requestRepository.findById(stale.getId()).orElseThrow().getAnsweredAt()).isNotNull();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == lehmann.id()).singleElement()
                .satisfies(r -> assertThat(r.answered()).isEqualTo(2));
    }

    @Test
    @WithUserDetails("leser")
    void onlyTheSecretariatStartsARound() {
        assertThatThrownBy(() -> rounds.start(body.id(), next.id(), TODAY.plusDays(7)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void anOwnerAnswersAndTheTrackerShowsWhoHasAnsweredAndWhoIsMissing() {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));

        var mine = as("verantwortlich", () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow();
        assertThat(mine.bodyName()).isEqualTo(body.name());
        assertThat(mine.answerBy()).isEqualTo(TODAY.plusDays(7));
        assertThat(mine.actions()).extracting(a -> a.action().title())
                .containsExactly("Beratungstage anbieten", "Übersicht führen");
        var request = mine.actions().getFirst();
        assertThat(request.indicators()).hasSize(1);
        var answered = as("verantwortlich", () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Zwei Beratungstage zusätzlich", ActionStatus.IN_PROGRESS, 50),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(12), TODAY))));

        assertThat(answered.answered()).isTrue();
        assertThat(answered.action().progress()).isEqualTo(50);
        assertThat(indicators.forAction(measured.id()).getFirst().latestValue()).isEqualByComparingTo("12");
        var tracker = rounds.tracker(round.id());
        var lehmannRow = tracker.stream().filter(r -> r.personId() == lehmann.id()).findFirst().orElseThrow();
        assertThat(lehmannRow.answered()).isEqualTo(1);
        assertThat(lehmannRow.lastAnsweredAt()).isNotNull();
        assertThat(lehmannRow.complete()).isFalse();
        var otherRow = tracker.stream().filter(r -> r.personId() == other.id()).findFirst().orElseThrow();
        assertThat(otherRow.answered()).isZero();
        assertThat(otherRow.lastAnsweredAt()).isNull();
        assertThat(rounds.get(round.id()).answered()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void remindingTheMissingMailsOnlyThoseWhoHaveNotAnswered() throws Exception {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        answerAllAsLehmann(round.id());
        var before = greenMail.getReceivedMessages().length;

        assertThat(rounds.remindAllMissing(round.id())).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, before + 1)).isTrue();
        var label = round.label();
        assertThat(mails(other.email(), "Erinnerung an die Statusabfrage " + label)).hasSize(1);
        assertThat(mails(LEHMANN_MAIL, "Erinnerung an die Statusabfrage " + label)).isEmpty();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == other.id())
                .singleElement().satisfies(r -> assertThat(r.remindedAt()).isNotNull());
        assertThatThrownBy(() -> rounds.remind(round.id(), lehmann.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.nothing-missing"));
        rounds.remind(round.id(), other.id());
        assertThat(greenMail.waitForIncomingEmail(5000, before + 2)).isTrue();
        assertThat(mails(other.email(), "Erinnerung an die Statusabfrage " + label)).hasSize(2);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aStrangerCannotAnswerAndAStaleAnswerIsRefusedWithNothingSaved() {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        var request = as("verantwortlich", () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().getFirst();
        var report = new ProgressReport("Fremde Antwort", ActionStatus.DONE, 100);

        assertThatThrownBy(() -> as("leser", () -> rounds.answer(request.requestId(), request.action().version(), report,
                List.of()))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rounds.answer(request.requestId(), request.action().version(), report, List.of()))
                .isInstanceOf(RecordNotFoundException.class);

        SystemActor.run(() -> actions.report(measured.id(), request.action().version(),
                new ProgressReport("Zwischendurch", ActionStatus.IN_PROGRESS, 30)));
        assertThatThrownBy(() -> as("verantwortlich", () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Veraltet", ActionStatus.IN_PROGRESS, 60),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(7), TODAY)))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(rounds.tracker(round.id())).allSatisfy(r -> assertThat(r.answered()).isZero());
        assertThat(indicators.forAction(measured.id()).getFirst().latestValue()).isNull();
        assertThat(actions.get(measured.id()).progress()).isEqualTo(30);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void afterClosingNoAnswersAreTakenAndTheChangesViewListsWhatChanged() {
        var round = rounds.start(body.id(), next.id(), TODAY.plusDays(7));
        var request = as("verantwortlich", () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow().actions().getFirst();
        as("verantwortlich", () -> rounds.answer(request.requestId(), request.action().version(),
                new ProgressReport("Zwei Beratungstage zusätzlich", ActionStatus.IN_PROGRESS, 50),
                List.of(new MeasurementAnswer(request.indicators().getFirst().id(), BigDecimal.valueOf(12), TODAY))));

        var closed = rounds.close(round.id());

        assertThat(closed.state()).isEqualTo(StatusRoundState.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThatThrownBy(() -> rounds.remindAllMissing(round.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.closed"));
        var second = as("verantwortlich", () -> actions.get(plain.id()));
        assertThat(as("verantwortlich", () -> rounds.myOpenRequests())).noneMatch(r -> r.roundId() == round.id());

        var changes = as("leser", () -> rounds.changes(round.id()));
        assertThat(changes).hasSize(3);
        var answeredOne = changes.stream().filter(c -> c.changes().actionId() == measured.id()).findFirst().orElseThrow();
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
        var unanswered = changes.stream().filter(c -> c.changes().actionId() == ofOther.id()).findFirst().orElseThrow();
        assertThat(unanswered.answered()).isFalse();
        assertThat(unanswered.changes().fieldChanges()).isEmpty();
        assertThat(second.version()).isEqualTo(plain.version());
    }

    private void answerAllAsLehmann(long roundId) {
        as("verantwortlich", () -> {
            var mine = rounds.myOpenRequests().stream().filter(r -> r.roundId() == roundId).findFirst().orElseThrow();
            for (var request : mine.actions()) {
                rounds.answer(request.requestId(), request.action().version(),
                        new ProgressReport("Läuft", ActionStatus.IN_PROGRESS, 60), List.of());
            }
            return null;
        });
    }

    /** Runs the work as another demo user, then puts the test's user back. */
    private <T> T as(String username, Supplier<T> work) {
        var previousContext = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previousContext);
        }
    }

    private static List<MimeMessage> mails(String to, String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private ActionData data(String title, long ownerId, ActionStatus status, int progress) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), TODAY.minusDays(20), TODAY.plusDays(60), status,
                progress, null, null, null, null);
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
