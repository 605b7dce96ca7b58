package de.lenkwerk.meeting;

import de.lenkwerk.LenkwerkTest;
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
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bodies and meetings: every service method refuses those without the right role in the body. */
@LenkwerkTest
class BodyAndMeetingAccessTest {

    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;

    private BodyItem body;
    private MeetingItem meeting;
    private AgendaEntry item;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Zugangstest " + suffix, "ZT " + suffix, BodyType.CONFERENCE, null, null,
                    false, "ZT-" + suffix));
            var leser = people.search("Claudia Neumann", PageRequest.of(0, 1)).getFirst();
            bodies.addMember(body.id(), leser.id(), null, new MembershipData(null, MembershipRole.READER, null, null));
            meeting = meetings.plan(body.id(), new MeetingData("Sitzung", LocalDateTime.now().plusDays(7), "Rathaus",
                    MeetingState.PLANNED, null));
            item = meetings.addAgendaItem(meeting.id(), "Bericht");
        });
    }

    @Test
    @WithUserDetails("verantwortlich")
    void withoutARoleEveryMethodSaysNotFound() {
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
    @WithUserDetails("leser")
    void aReaderSeesTheBodyAndItsMeetingsButChangesNothing() {
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
        assertThatThrownBy(() -> bodies.create(new BodyData("Neu " + UUID.randomUUID(), "N", BodyType.OTHER, null, null,
                false, "N" + System.nanoTime()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aSecretaryWhoCreatesABodyRunsItAndStaleEditsAreRefused() {
        var own = bodies.create(new BodyData("Eigene AG " + UUID.randomUUID(), "Eigene", BodyType.WORKING_GROUP, null,
                null, false, "EA" + System.nanoTime() % 100000));
        assertThat(bodies.members(own.id(), PageRequest.of(0, 5))).extracting(m -> m.personName() + "/" + m.role())
                .containsExactly("Sabine Hoffmann/SECRETARIAT");

        var planned = meetings.plan(own.id(), new MeetingData("Erste", LocalDateTime.now(), null, MeetingState.PLANNED, null));
        assertThat(meetings.participants(planned.id())).hasSize(1);
        meetings.update(planned.id(), planned.version(), new MeetingData("Erste (verlegt)", planned.startsAt(), null,
                MeetingState.PLANNED, null));
        assertThatThrownBy(() -> meetings.update(planned.id(), planned.version(), planned.toData()))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThatThrownBy(() -> bodies.update(own.id(), own.version(), new BodyData(own.name(), own.shortName(),
                own.type(), own.id(), null, false, own.actionPrefix())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("body.error.parent-cycle"));
        assertThatThrownBy(() -> bodies.addMember(own.id(), null, null, new MembershipData(null, MembershipRole.MEMBER,
                LocalDate.now(), LocalDate.now().minusDays(1))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("membership.error.dates"));
    }

    @Test
    @WithUserDetails("admin")
    void agendaItemsKeepTheirOrderAndMove() {
        meetings.addAgendaItem(meeting.id(), "Verschiedenes");
        var third = meetings.addAgendaItem(meeting.id(), "Termine");

        meetings.moveAgendaItem(third.id(), true);

        assertThat(meetings.agenda(meeting.id())).extracting(e -> e.number() + " " + e.title())
                .containsExactly("1 Bericht", "2 Termine", "3 Verschiedenes");
    }
}
