package de.lenkwerk.meeting;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.PersonData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bodies and meetings: every service method refuses those without the right role in the body. */
@ServiceTest
class BodyAndMeetingAccessTest {

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData fixture;

    /** A body with a secretariat and a reader, a meeting with one agenda item; someone with an account but no role. */
    private TestData.Committee committee;
    private BodyItem body;
    private MeetingItem meeting;
    private AgendaEntry item;
    private TestData.Account stranger;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Zugangstest");
        body = committee.body();
        meeting = fixture.meeting(body, "Sitzung", LocalDateTime.now(fixture.clock()).plusDays(7), MeetingState.PLANNED);
        item = fixture.as(committee.secretariat(), () -> meetings.addAgendaItem(meeting.id(), "Bericht"));
        stranger = fixture.account("Ohne Rolle");
    }

    @Test
    void withoutARoleEveryMethodSaysNotFound() {
        fixture.signIn(stranger);
        var data = body.toData();
        var membership = new MembershipData(null, MembershipRole.MEMBER, null, null);
        var meetingData = meeting.toData();
        assertThatThrownBy(() -> bodies.get(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.update(body.id(), body.version(), data)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.members(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.countMembers(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.activeMembers(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.addMember(body.id(), null, new PersonData("X Y", null, null), membership))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.forBody(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.countForBody(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.get(meeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.plan(body.id(), meetingData)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.update(meeting.id(), meeting.version(), meetingData)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.participants(meeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.agenda(meeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), "Neu")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "", "Neu")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.moveAgendaItem(item.id(), true)).isInstanceOf(RecordNotFoundException.class);
        assertThat(bodies.search(body.name(), false, PageRequest.of(0, 5))).isEmpty();
        assertThat(bodies.count(body.name(), false)).isZero();
    }

    @Test
    void theSecretariatOfAnotherBodyFindsNothingOfThisOne() {
        var other = fixture.committee("Nachbargremium", MembershipRole.SECRETARIAT);
        fixture.signIn(other.secretariat());

        assertThatThrownBy(() -> bodies.get(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.update(body.id(), body.version(), body.toData())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.members(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.get(meeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.agenda(meeting.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), "Untergeschoben")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.saveAgendaNotes(item.id(), "", "Untergeschoben")).isInstanceOf(RecordNotFoundException.class);
        assertThat(bodies.canManage(other.id())).isTrue();
        assertThat(bodies.canManage(body.id())).isFalse();
        assertThat(fixture.as(committee.secretariat(), () -> meetings.agenda(meeting.id())))
                .extracting(AgendaEntry::title, AgendaEntry::notes).containsExactly(org.assertj.core.groups.Tuple.tuple("Bericht", null));
    }

    @Test
    void aReaderSeesTheBodyAndItsMeetingsButChangesNothing() {
        fixture.signIn(committee.reader());
        assertThat(bodies.get(body.id()).name()).isEqualTo(body.name());
        assertThat(meetings.agenda(meeting.id())).extracting(AgendaEntry::title).containsExactly("Bericht");
        assertThat(bodies.canManage(body.id())).isFalse();
        assertThat(bodies.canCreateBodies()).isFalse();

        assertThatThrownBy(() -> bodies.update(body.id(), body.version(), body.toData())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.update(meeting.id(), meeting.version(), meeting.toData()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.addAgendaItem(meeting.id(), "Neu")).isInstanceOf(AccessDeniedException.class);
        var participant = meetings.participants(meeting.id()).getFirst();
        assertThatThrownBy(() -> meetings.setAttendance(participant.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.create(new BodyData("Neu " + fixture.unique(), "N", BodyType.OTHER, null, null,
                false, "N" + fixture.unique()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecretaryWhoCreatesABodyRunsItAndStaleEditsAreRefused() {
        fixture.signIn(committee.secretariat());
        var own = bodies.create(new BodyData("Eigene AG " + fixture.unique(), "Eigene", BodyType.WORKING_GROUP, null,
                null, false, "EA" + fixture.unique()));
        assertThat(bodies.members(own.id(), PageRequest.of(0, 5))).extracting(m -> m.personName() + "/" + m.role())
                .containsExactly(committee.secretariat().name() + "/SECRETARIAT");

        var planned = meetings.plan(own.id(), new MeetingData("Erste", LocalDateTime.now(fixture.clock()), null, MeetingState.PLANNED, null));
        assertThat(meetings.participants(planned.id())).hasSize(1);
        meetings.update(planned.id(), planned.version(), new MeetingData("Erste (verlegt)", planned.startsAt(), null,
                MeetingState.PLANNED, null));
        assertThatThrownBy(() -> meetings.update(planned.id(), planned.version(), planned.toData()))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThatThrownBy(() -> bodies.update(own.id(), own.version(), new BodyData(own.name(), own.shortName(),
                own.type(), own.id(), null, false, own.actionPrefix())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("body.error.parent-cycle"));
        assertThatThrownBy(() -> bodies.addMember(own.id(), null, null, new MembershipData(null, MembershipRole.MEMBER,
                fixture.today(), fixture.today().minusDays(1))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("membership.error.dates"));
    }

    @Test
    void agendaItemsKeepTheirOrderAndMove() {
        fixture.signIn(fixture.administrator("Administration"));
        meetings.addAgendaItem(meeting.id(), "Verschiedenes");
        var third = meetings.addAgendaItem(meeting.id(), "Termine");

        meetings.moveAgendaItem(third.id(), true);

        assertThat(meetings.agenda(meeting.id())).extracting(e -> e.number() + " " + e.title())
                .containsExactly("1 Bericht", "2 Termine", "3 Verschiedenes");
    }
}
