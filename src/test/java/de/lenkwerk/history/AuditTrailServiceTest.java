package de.lenkwerk.history;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SecurityEvent;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.statusround.StatusRoundService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 19, point 5: every change names its actor by account and by the name they had then, with when, before and
 * after, whichever module owns the record; account changes and sign-ins also land in the security log.
 */
@ServiceTest
class AuditTrailServiceTest {

    @Autowired
    TestData fixture;
    @Autowired
    HistoryService history;
    @Autowired
    SecurityLogService securityLog;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PersonService people;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    StatusRoundService rounds;
    @Autowired
    AuthenticationManager authenticationManager;

    private TestData.Account admin;
    private LocalDateTime now;

    @BeforeEach
    void setUp() {
        admin = fixture.administrator("Revision");
        now = LocalDateTime.now(fixture.clock()).withNano(0);
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        fixture.clock().reset();
    }

    private List<HistoryEntry> entries(RecordType type, long id) {
        return history.forRecord(type, id, PageRequest.of(0, 100));
    }

    private List<SecurityLogEntry> log(String username) {
        return fixture.as(admin, () -> securityLog.search(new SecurityLogFilter(Set.of(), username, null, null),
                PageRequest.of(0, 100)));
    }

    @Test
    void accountChangesNameTheAdministratorByAccountWithBeforeAndAfterAndReachTheSecurityLog() {
        fixture.clock().set(LocalDateTime.of(2026, 3, 2, 9, 30));
        now = LocalDateTime.of(2026, 3, 2, 9, 30);
        var target = fixture.account("Zielperson");
        var item = fixture.as(admin, () -> accounts.get(target.accountId())).orElseThrow();

        var promoted = fixture.as(admin, () -> accounts.update(item.id(), item.version(),
                new AccountData(item.username(), item.fullName() + " (neu)", null, null, true, true)));
        var reloaded = fixture.as(admin, () -> accounts.get(promoted.id())).orElseThrow();
        fixture.run(admin, () -> accounts.setEnabled(reloaded.id(), reloaded.version(), false));
        fixture.run(admin, () -> accounts.resetPassword(promoted.id()));

        assertThat(entries(RecordType.ACCOUNT, target.accountId()))
                .filteredOn(e -> e.actorAccountId() != null && e.actorAccountId() == admin.accountId())
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::changedBy)
                .contains(tuple("account.administrator", "false", "true", admin.name()),
                        tuple("account.enabled", "true", "false", admin.name()),
                        tuple("account.password-reset", null, now.toString(), admin.name()));
        assertThat(entries(RecordType.PERSON, target.personId()))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue,
                        HistoryEntry::actorAccountId)
                .contains(tuple("person.full-name", target.name(), target.name() + " (neu)", admin.accountId()));
        // the account was created by the system at start of the test: no account behind that entry
        assertThat(entries(RecordType.ACCOUNT, target.accountId()))
                .filteredOn(e -> e.field().equals("account.username"))
                .extracting(HistoryEntry::newValue, HistoryEntry::changedBy, HistoryEntry::actorAccountId)
                .containsExactly(tuple(target.username(), SystemActor.NAME, null));

        assertThat(log(target.username()))
                .extracting(SecurityLogEntry::type, SecurityLogEntry::accountId, SecurityLogEntry::actorAccountId,
                        SecurityLogEntry::actorName, SecurityLogEntry::oldValue, SecurityLogEntry::newValue)
                .containsExactly(
                        tuple(SecurityEvent.Type.PASSWORD_RESET, target.accountId(), admin.accountId(), admin.name(),
                                null, null),
                        tuple(SecurityEvent.Type.DEACTIVATED, target.accountId(), admin.accountId(), admin.name(),
                                null, null),
                        tuple(SecurityEvent.Type.ROLE_CHANGED, target.accountId(), admin.accountId(), admin.name(),
                                "USER", "ADMIN"),
                        tuple(SecurityEvent.Type.ACCOUNT_CREATED, target.accountId(), null, SystemActor.NAME,
                                null, "USER"));
    }

    @Test
    void failedSignInsAreLoggedUnderTheTypedNameAndTheAccountIfThereIsOne() {
        var target = fixture.account("Vertipper");
        var unknown = "niemand" + fixture.unique().toLowerCase();
        for (var name : List.of(target.username(), unknown)) {
            // the real sign-in path: our provider behind Spring Security's manager
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "falsch-falsch-falsch");
            attempt.setDetails(new WebAuthenticationDetails("192.0.2.7", null));
            assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(log(target.username())).extracting(SecurityLogEntry::type, SecurityLogEntry::accountId,
                        SecurityLogEntry::actorName)
                .startsWith(tuple(SecurityEvent.Type.SIGN_IN_FAILED, target.accountId(), target.username()));
        assertThat(log(unknown)).extracting(SecurityLogEntry::type, SecurityLogEntry::accountId,
                        SecurityLogEntry::detail)
                .containsExactly(tuple(SecurityEvent.Type.SIGN_IN_FAILED, null, "unknown user, 192.0.2.7"));
    }

    @Test
    void organisationsAndPeopleBelowTheHistoryAreRecordedThroughTheirEvents() {
        var organisation = fixture.organisation("Jobcenter Audit");
        fixture.run(admin, () -> organisations.update(organisation.id(), organisation.version(),
                new OrganisationData(organisation.name() + " Nord", organisation.shortName(), OrganisationType.KOMMUNE,
                        false)));
        var person = fixture.person("Pia Prüfer");
        fixture.run(admin, () -> people.update(person.id(), new PersonData("Pia Prüfer-Neu", "pia@example.org",
                organisation.id())));

        assertThat(entries(RecordType.ORGANISATION, organisation.id()))
                .filteredOn(e -> admin.accountId() == (e.actorAccountId() == null ? -1 : e.actorAccountId()))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::changedBy)
                .containsExactlyInAnyOrder(
                        tuple("organisation.name", organisation.name(), organisation.name() + " Nord", admin.name()),
                        tuple("organisation.type", "OrganisationType." + organisation.type().name(),
                                "OrganisationType.KOMMUNE", admin.name()),
                        tuple("organisation.active", "true", "false", admin.name()));
        assertThat(entries(RecordType.PERSON, person.id()))
                .filteredOn(e -> e.actorAccountId() != null)
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactlyInAnyOrder(tuple("person.full-name", person.fullName(), "Pia Prüfer-Neu"),
                        tuple("person.email", null, "pia@example.org"),
                        tuple("person.organisation", null, organisation.name() + " Nord"));
    }

    @Test
    void meetingsRecordAgendaNotesOrderAttendanceAndStateUnderTheMeetingWithTheActingAccount() {
        var committee = fixture.committee("Auditgremium");
        var secretariat = committee.secretariat();
        var meeting = fixture.meeting(committee.body(), "Sitzung", now.plusDays(3), MeetingState.PLANNED);
        fixture.run(secretariat, () -> {
            var first = meetings.addAgendaItem(meeting.id(), "Begrüßung");
            meetings.addAgendaItem(meeting.id(), "Bericht");
            meetings.saveAgendaNotes(first.id(), "", "Alle da");
            meetings.moveAgendaItem(first.id(), false);
            var participant = meetings.participants(meeting.id()).getFirst();
            meetings.setAttendance(participant.id(), true);
            meetings.close(meeting.id(), meeting.version());
        });

        var participantName = fixture.as(secretariat, () -> meetings.participants(meeting.id())).getFirst().personName();
        assertThat(fixture.as(secretariat, () -> meetings.history(meeting.id(), PageRequest.of(0, 50))))
                .filteredOn(e -> e.actorAccountId() != null && e.actorAccountId() == secretariat.accountId())
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::changedBy)
                .containsExactly(
                        tuple("meeting.state", "MeetingState.PLANNED", "MeetingState.HELD", secretariat.name()),
                        tuple("meeting.attendees", null, participantName, secretariat.name()),
                        tuple("meeting.agenda-order", "1. Begrüßung; 2. Bericht", "1. Bericht; 2. Begrüßung",
                                secretariat.name()),
                        tuple("meeting.agenda-notes", null, "Begrüßung: Alle da", secretariat.name()),
                        tuple("meeting.agenda-added", null, "Bericht", secretariat.name()),
                        tuple("meeting.agenda-added", null, "Begrüßung", secretariat.name()));
    }

    @Test
    void theBodyHistoryHoldsItsFieldsMembershipsStatusRoundsAndImportsButNotItsActions() {
        var committee = fixture.committee("Rundengremium");
        var secretariat = committee.secretariat();
        var owner = fixture.account("Eigentümerin");
        var body = committee.body();
        fixture.action(body, new ActionData("Offene Maßnahme", null, owner.personId(), null, null, Set.of(),
                fixture.today().minusDays(5), fixture.today().plusDays(30), ActionStatus.IN_PROGRESS, 10, null, null,
                null, null));
        fixture.run(secretariat, () -> {
            var current = bodies.get(body.id());
            var data = current.toData();
            bodies.update(body.id(), current.version(), new de.lenkwerk.body.BodyData(data.name(), data.shortName(),
                    data.type(), data.parentId(), "Neue Beschreibung", data.archived(), data.actionPrefix()));
            var round = rounds.start(body.id(), null, fixture.today().plusDays(7));
            rounds.remind(round.id(), owner.personId());
            rounds.close(round.id());
            bodies.recordImport(body.id(), "import.history.actions", "liste.xlsx", 3, 1);
        });

        var entries = fixture.as(secretariat, () -> bodies.history(body.id(), PageRequest.of(0, 100)));
        assertThat(entries).extracting(HistoryEntry::recordType).doesNotContain(RecordType.ACTION);
        assertThat(entries).filteredOn(e -> e.actorAccountId() != null && e.actorAccountId() == secretariat.accountId())
                .extracting(HistoryEntry::recordType, HistoryEntry::field, HistoryEntry::oldValue,
                        HistoryEntry::newValue)
                .containsExactly(
                        tuple(RecordType.IMPORT, "import.history.changed", null, "1"),
                        tuple(RecordType.IMPORT, "import.history.added", null, "3"),
                        tuple(RecordType.IMPORT, "import.history.actions", null, "liste.xlsx"),
                        tuple(RecordType.STATUS_ROUND, "statusround.state", "StatusRoundState.OPEN",
                                "StatusRoundState.CLOSED"),
                        tuple(RecordType.STATUS_ROUND, "statusround.history.reminded", null, owner.name()),
                        tuple(RecordType.STATUS_ROUND, "statusround.history.asked", null, "1"),
                        tuple(RecordType.STATUS_ROUND, "statusround.answer-by", null,
                                fixture.today().plusDays(7).toString()),
                        tuple(RecordType.STATUS_ROUND, "statusround.history.started", null,
                                body.shortName()),
                        tuple(RecordType.BODY, "body.description", null, "Neue Beschreibung"));
        assertThat(fixture.as(secretariat, () -> bodies.countHistory(body.id()))).isEqualTo(entries.size());
    }
}
