package de.lenkwerk.oparl;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.body.PublicBody;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The services behind OParl: who may publish a body and remove a membership, that the public reads answer for
 * published bodies only and without sign-in, and that an e-mail consent is the person's own.
 */
@ServiceTest
class PublicBodyServiceTest {

    @Autowired
    BodyService bodies;
    @Autowired
    BodyAccess access;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    PersonService people;
    @Autowired
    EmailConsent consent;
    @Autowired
    TestData fixture;

    private TestData.Committee committee;

    @BeforeEach
    void setUp() {
        committee = fixture.committee("Öffentlichkeit", MembershipRole.SECRETARIAT, MembershipRole.MEMBER);
        fixture.meeting(committee.body(), "Sitzung", LocalDateTime.now(fixture.clock()).plusDays(7),
                MeetingState.PLANNED);
        fixture.action(committee.body(), "Vereinbarung", committee.member().personId(), 30);
    }

    @Test
    void onlyTheSecretariatPublishesTheBodyAndANewBodyIsNotPublished() {
        var body = committee.body();
        assertThat(body.oparlPublic()).isFalse();

        assertThatThrownBy(() -> fixture.as(committee.member(),
                () -> bodies.update(body.id(), body.version(), body.toData(), true)))
                .isInstanceOf(AccessDeniedException.class);
        var published = fixture.as(committee.secretariat(),
                () -> bodies.update(body.id(), body.version(), body.toData(), true));

        assertThat(published.oparlPublic()).isTrue();
        // an edit that does not mention publishing keeps it
        var edited = fixture.as(committee.secretariat(),
                () -> bodies.update(body.id(), published.version(), published.toData()));
        assertThat(edited.oparlPublic()).isTrue();
    }

    @Test
    void thePublicReadsAnswerWithoutSignInAndOnlyForPublishedBodies() {
        var id = committee.id();
        assertThat(bodies.publicBody(id)).isEmpty();
        assertThat(bodies.publicMemberships(id)).isEmpty();
        assertThat(meetings.publicMeetings(id)).isEmpty();
        assertThat(actions.publicActions(id)).isEmpty();
        assertThat(bodies.publicBodies()).extracting(PublicBody::id).doesNotContain(id);
        // an administrator asking gets no more: what is not published is not public
        assertThat(SystemActor.call(() -> meetings.publicMeetings(id))).isEmpty();

        publish();

        assertThat(bodies.publicBody(id)).isPresent();
        assertThat(bodies.publicBodies()).extracting(PublicBody::id).contains(id);
        assertThat(bodies.publicMemberships(id)).hasSize(2);
        assertThat(meetings.publicMeetings(id)).hasSize(1);
        assertThat(actions.publicActions(id)).singleElement()
                .satisfies(a -> assertThat(a.action().title()).isEqualTo("Vereinbarung"));
    }

    @Test
    void readersAreNotPublishedAsMembers() {
        var reader = fixture.account("Nur Lesend");
        fixture.member(committee.body(), reader.personId(), MembershipRole.READER);
        publish();

        assertThat(bodies.publicMemberships(committee.id()))
                .extracting(m -> m.membership().personId()).doesNotContain(reader.personId());
    }

    @Test
    void theSecretariatRemovesAMembershipEnteredByMistakeAndItGivesNoAccessAnyMore() {
        var mistake = members().stream().filter(m -> m.role() == MembershipRole.MEMBER).findFirst().orElseThrow();
        assertThatThrownBy(() -> fixture.run(committee.member(),
                () -> bodies.removeMember(mistake.id(), mistake.version()))).isInstanceOf(AccessDeniedException.class);

        fixture.run(committee.secretariat(), () -> bodies.removeMember(mistake.id(), mistake.version()));

        assertThat(members()).extracting(MembershipItem::id).doesNotContain(mistake.id());
        assertThat(fixture.as(committee.member(), () -> access.canRead(committee.id()))).isFalse();
        assertThatThrownBy(() -> fixture.run(committee.secretariat(),
                () -> bodies.removeMember(mistake.id(), mistake.version() + 1)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> fixture.run(committee.secretariat(), () -> bodies.updateMember(mistake.id(),
                mistake.version() + 1, new MembershipData(null, MembershipRole.GUEST, null, null))))
                .isInstanceOf(RecordNotFoundException.class);
        publish();
        assertThat(bodies.publicMemberships(committee.id())).filteredOn(m -> m.id() == mistake.id())
                .singleElement().satisfies(m -> assertThat(m.isRemoved()).isTrue());
    }

    @Test
    void aStaleRemovalIsRefused() {
        var member = members().stream().filter(m -> m.role() == MembershipRole.MEMBER).findFirst().orElseThrow();
        fixture.run(committee.secretariat(), () -> bodies.updateMember(member.id(), member.version(),
                new MembershipData(null, MembershipRole.GUEST, null, null)));

        assertThatThrownBy(() -> fixture.run(committee.secretariat(),
                () -> bodies.removeMember(member.id(), member.version())))
                .isInstanceOf(de.lenkwerk.base.ConcurrentChangeException.class);
    }

    @Test
    void theEmailConsentIsThePersonsOwnAndOffByDefault() {
        var member = fixture.accountWithMail("Mit Post");
        fixture.member(committee.body(), member.personId(), MembershipRole.MEMBER);
        var secretariat = committee.secretariat();
        assertThat(member.email()).isNotBlank();
        assertThat(fixture.as(member, () -> consent.given())).isFalse();

        fixture.run(member, () -> consent.set(true));

        assertThat(fixture.as(member, () -> consent.given())).isTrue();
        assertThat(fixture.as(secretariat, () -> consent.given())).isFalse();
        var shown = people.publicPeople(List.of(member.personId(), secretariat.personId()));
        assertThat(shown).filteredOn(p -> p.id() == member.personId()).singleElement()
                .satisfies(p -> assertThat(p.email()).isEqualTo(member.email()));
        assertThat(shown).filteredOn(p -> p.id() == secretariat.personId()).singleElement()
                .satisfies(p -> assertThat(p.email()).isNull());
    }

    private void publish() {
        var body = SystemActor.call(() -> bodies.get(committee.id()));
        fixture.run(committee.secretariat(), () -> bodies.update(body.id(), body.version(), body.toData(), true));
    }

    private List<MembershipItem> members() {
        return SystemActor.call(() -> bodies.members(committee.id(), Pageable.unpaged()));
    }
}
