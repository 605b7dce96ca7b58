package de.lenkwerk.statusround;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.notification.NotificationService;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders of a status round reach only those who have not answered (by mail, GreenMail), and an action handed over
 * during a round is asked of its new owner while answers stay with who gave them.
 */
@ServiceTest
class StatusRoundReminderTest {

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
    void remindingTheMissingMailsOnlyThoseWhoHaveNotAnswered() throws Exception {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        answerAllAsLehmann(round.id());
        // the round's requests go out in the background: they are in before the reminders are counted
        fixture.awaitMailsSettled();
        var before = greenMail.getReceivedMessages().length;

        assertThat(rounds.remindAllMissing(round.id())).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, before + 1)).isTrue();
        var label = round.label();
        assertThat(awaitMails(scene.other().email(), "Erinnerung an die Statusabfrage " + label)).hasSize(1);
        assertThat(mails(scene.lehmann().email(), "Erinnerung an die Statusabfrage " + label)).isEmpty();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == scene.other().personId())
                .singleElement().satisfies(r -> assertThat(r.remindedAt()).isNotNull());
        assertThatThrownBy(() -> rounds.remind(round.id(), scene.lehmann().personId()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.nothing-missing"));
        rounds.remind(round.id(), scene.other().personId());
        assertThat(greenMail.waitForIncomingEmail(5000, before + 2)).isTrue();
        assertThat(mails(scene.other().email(), "Erinnerung an die Statusabfrage " + label)).hasSize(2);
    }

    @Test
    void anActionHandedOverDuringARoundIsAskedOfTheNewOwner() throws Exception {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        var current = actions.get(scene.plain().id());

        actions.update(scene.plain().id(), current.version(), scene.data("Übersicht führen", scene.other().personId(), ActionStatus.IN_PROGRESS, 40));

        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personId, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(scene.lehmann().personId(), 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(scene.other().personId(), 2L, 0L));
        var lehmannsRound = fixture.as(scene.lehmann(), () -> rounds.myOpenRequests()).stream()
                .filter(r -> r.roundId() == round.id()).findFirst().orElseThrow();
        assertThat(lehmannsRound.actions()).extracting(a -> a.action().id()).containsExactly(scene.measured().id());
        answerAllAsLehmann(round.id());
        // the round's requests go out in the background: they are in before the reminders are counted
        fixture.awaitMailsSettled();
        var before = greenMail.getReceivedMessages().length;

        assertThat(rounds.remindAllMissing(round.id())).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, before + 1)).isTrue();
        assertThat(awaitMails(scene.other().email(), "Erinnerung an die Statusabfrage " + round.label())).hasSize(1);
        assertThat(mails(scene.lehmann().email(), "Erinnerung an die Statusabfrage " + round.label())).isEmpty();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == scene.lehmann().personId()).singleElement()
                .satisfies(r -> assertThat(r.complete()).isTrue());
    }

    @Test
    void anAnsweredRequestStaysWithWhoAnsweredWhenTheActionIsHandedOverLater() {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        answerAllAsLehmann(round.id());
        var current = actions.get(scene.plain().id());

        actions.update(scene.plain().id(), current.version(), scene.data("Übersicht führen", scene.other().personId(), ActionStatus.IN_PROGRESS, 60));

        assertThat(rounds.tracker(round.id())).extracting(TrackerRow::personId, TrackerRow::asked, TrackerRow::answered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(scene.lehmann().personId(), 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(scene.other().personId(), 1L, 0L));
    }

    @Test
    void aStaleRequestWrittenBackDoesNotUndoAnAnswer() {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), today.plusDays(7));
        // loaded by "Erinnern" before the owner's answer commits
        var stale = requestRepository.findByRoundId(round.id()).stream()
                .filter(r -> r.getActionId().equals(scene.measured().id())).findFirst().orElseThrow();
        answerAllAsLehmann(round.id());

        requestRepository.saveAndFlush(stale);
        rounds.remind(round.id(), scene.other().personId());

        assertThat(requestRepository.findById(stale.getId()).orElseThrow().getAnsweredAt()).isNotNull();
        assertThat(rounds.tracker(round.id())).filteredOn(r -> r.personId() == scene.lehmann().personId()).singleElement()
                .satisfies(r -> assertThat(r.answered()).isEqualTo(2));
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

    /** The mails to this address with this subject, once at least one has come (the outbox sends in the background). */
    private List<MimeMessage> awaitMails(String to, String subjectPart) throws InterruptedException {
        for (int i = 0; i < 200 && mails(to, subjectPart).isEmpty(); i++) {
            Thread.sleep(25);
        }
        fixture.awaitMailsSettled();
        return mails(to, subjectPart);
    }

    private List<MimeMessage> mails(String to, String subjectPart) {
        return StatusRoundScene.mails(greenMail, to, subjectPart);
    }
}
