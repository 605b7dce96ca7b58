package de.lenkwerk.meeting;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.history.HistoryEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A meeting goes planned → held → minutes approved and no other way; approved minutes are reopened only with a
 * reason, which the history keeps with who did it.
 */
@ServiceTest
class MeetingStateServiceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    Translations translations;
    @Autowired
    TestData fixture;

    private TestData.Committee committee;
    private MeetingItem meeting;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Zustandsgremium");
        meeting = fixture.meeting(committee.body(), "Sitzung", LocalDateTime.now(fixture.clock()).plusDays(2),
                MeetingState.PLANNED);
        fixture.signIn(committee.secretariat());
    }

    private MeetingItem save(MeetingItem item, MeetingState state, String minutes) {
        return meetings.update(item.id(), item.version(), new MeetingData(item.title(), item.startsAt(), item.place(),
                state, minutes));
    }

    private String german(Runnable refused) {
        var e = catchThrowableOfType(UserFacingException.class, refused::run);
        assertThat(e).as("refused").isNotNull();
        return translations.text(Locale.GERMAN, e.messageKey(), e.arguments());
    }

    @Test
    void theStateMovesOnlyForwardOneStepAtATime() {
        assertThat(german(() -> save(meeting, MeetingState.MINUTES_APPROVED, null)))
                .isEqualTo("Eine Sitzung geht nur von „geplant“ zu „durchgeführt“ und dann zu „Protokoll freigegeben“. "
                        + "Ein freigegebenes Protokoll öffnen Sie mit „Protokoll wieder öffnen“.");
        var held = save(meeting, MeetingState.HELD, "Protokollentwurf");
        assertThat(held.state()).isEqualTo(MeetingState.HELD);
        assertThat(german(() -> save(held, MeetingState.PLANNED, "Protokollentwurf"))).startsWith("Eine Sitzung geht nur");
        var approved = save(held, MeetingState.MINUTES_APPROVED, "Protokoll");
        assertThat(german(() -> save(approved, MeetingState.HELD, "Protokoll"))).startsWith("Eine Sitzung geht nur");
        assertThat(german(() -> save(approved, MeetingState.PLANNED, "Protokoll"))).startsWith("Eine Sitzung geht nur");
        assertThat(german(() -> save(approved, MeetingState.MINUTES_APPROVED, "Protokoll, nachträglich geändert")))
                .startsWith("Das Protokoll dieser Sitzung ist freigegeben");
        assertThat(german(() -> meetings.close(approved.id(), approved.version())))
                .isEqualTo("Nur eine geplante Sitzung kann abgeschlossen werden.");
        assertThat(german(() -> meetings.plan(committee.id(), new MeetingData("Gleich genehmigt", meeting.startsAt(),
                null, MeetingState.MINUTES_APPROVED, null)))).startsWith("Eine Sitzung geht nur");
        // saving the approved meeting unchanged is no change of state and no edit
        assertThat(save(approved, MeetingState.MINUTES_APPROVED, "Protokoll").state())
                .isEqualTo(MeetingState.MINUTES_APPROVED);
        assertThat(meetings.get(meeting.id()).minutes()).isEqualTo("Protokoll");
    }

    @Test
    void reopeningApprovedMinutesNeedsAReasonAndIsLoggedWithTheActor() {
        var held = meetings.close(meeting.id(), meeting.version());
        assertThat(german(() -> meetings.reopenMinutes(held.id(), held.version(), "Tippfehler")))
                .isEqualTo("Nur ein freigegebenes Protokoll kann wieder geöffnet werden.");
        var approved = save(held, MeetingState.MINUTES_APPROVED, "Protokoll");
        assertThat(german(() -> meetings.reopenMinutes(approved.id(), approved.version(), "  ")))
                .isEqualTo("Bitte geben Sie an, warum das freigegebene Protokoll wieder geöffnet wird.");
        assertThat(meetings.get(meeting.id()).state()).isEqualTo(MeetingState.MINUTES_APPROVED);

        var reopened = meetings.reopenMinutes(approved.id(), approved.version(), " Name im TOP 2 falsch ");

        assertThat(reopened.state()).isEqualTo(MeetingState.HELD);
        var secretariat = committee.secretariat();
        assertThat(meetings.history(meeting.id(), PageRequest.of(0, 2)))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue,
                        HistoryEntry::changedBy, HistoryEntry::actorAccountId)
                .containsExactlyInAnyOrder(
                        tuple("meeting.state", "MeetingState.MINUTES_APPROVED", "MeetingState.HELD",
                                secretariat.name(), secretariat.accountId()),
                        tuple("meeting.reopen-reason", null, "Name im TOP 2 falsch", secretariat.name(),
                                secretariat.accountId()));
        // the minutes can be corrected and approved again
        var corrected = save(reopened, MeetingState.HELD, "Protokoll, berichtigt");
        assertThat(save(corrected, MeetingState.MINUTES_APPROVED, "Protokoll, berichtigt").state())
                .isEqualTo(MeetingState.MINUTES_APPROVED);
        assertThatThrownBy(() -> meetings.reopenMinutes(corrected.id(), corrected.version(), "alt"))
                .isInstanceOf(de.lenkwerk.base.ConcurrentChangeException.class);
    }

    @Test
    void aReaderMayNotReopen() {
        var held = meetings.close(meeting.id(), meeting.version());
        var approved = save(held, MeetingState.MINUTES_APPROVED, "Protokoll");
        fixture.signIn(committee.reader());
        assertThatThrownBy(() -> meetings.reopenMinutes(approved.id(), approved.version(), "Grund"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
