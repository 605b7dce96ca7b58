package de.lenkwerk.oparl;

import de.lenkwerk.TestClock;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list filters of OParl ({@code created_since}, {@code created_until}, {@code modified_since},
 * {@code modified_until}, {@code omit_internal}) and deleted objects, on a published body of their own made at fixed
 * moments, so that the demo data stays as the other tests expect it.
 */
@OParlHttpTest
class OParlFiltersAndDeletionTest {

    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDateTime SECOND = LocalDateTime.of(2026, 3, 5, 9, 0);
    private static final LocalDateTime THIRD = LocalDateTime.of(2026, 3, 9, 14, 30);
    /** Between the first and the second moment, in Berlin's winter time. */
    private static final String BETWEEN = "2026-03-04T00:00:00+01:00";

    @LocalServerPort
    int port;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TestClock clock;

    private OParlClient client;
    private final OParlSchemas schemas = new OParlSchemas();
    private String suffix;

    @BeforeEach
    void client() {
        client = new OParlClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdAndModifiedFiltersNarrowTheListsAndThePageLinksKeepThem() {
        clock.set(FIRST);
        var body = publishedBody();
        var early = member(body, "Erika Früh", null);
        var late = member(body, "Lars Spät", null);
        var firstMeeting = meeting(body, "Auftakt", FIRST.plusDays(20));
        clock.set(SECOND);
        SystemActor.run(() -> bodies.updateMember(late.id(), late.version(),
                new MembershipData(late.organisationId(), MembershipRole.GUEST, late.validFrom(), null)));
        var later = new ArrayList<MeetingItem>();
        for (int i = 1; i <= 4; i++) {
            later.add(meeting(body, "Folgesitzung " + i, SECOND.plusDays(20 + i)));
        }

        assertThat(ids(list(body, "memberships", "modified_since=" + BETWEEN))).containsExactly(membershipUrl(late));
        assertThat(ids(list(body, "memberships", "modified_until=" + BETWEEN))).containsExactly(membershipUrl(early));
        assertThat(ids(list(body, "meetings", "created_until=" + BETWEEN))).containsExactly(meetingUrl(firstMeeting));
        // four new meetings fill two pages of three; the link to the second page keeps the filter
        var page = list(body, "meetings", "created_since=" + BETWEEN);
        assertThat(page.path("pagination").path("totalElements").asInt()).isEqualTo(4);
        var next = page.path("links").path("next").asString();
        assertThat(next).contains("created_since=").contains("page=2");
        var second = client.get(next).body();
        var all = new ArrayList<>(ids(page));
        all.addAll(ids(second));
        assertThat(all).containsExactlyInAnyOrderElementsOf(later.stream().map(this::meetingUrl).toList());
        assertThat(second.path("links").has("next")).isFalse();
        assertThat(client.get(next.replace("page=2", "page=3")).status()).as("past the last page").isEqualTo(404);
        // the filters apply to the people too: a changed membership changes its person
        assertThat(ids(list(body, "people", "modified_since=" + BETWEEN)))
                .containsExactly(personUrl(body, late.personId()));
    }

    @Test
    void omitInternalLeavesOutTheEmbeddedObjects() {
        var body = publishedBody();
        var member = member(body, "Ines Intern", null);
        var meeting = meeting(body, "Sitzung mit Tagesordnung", LocalDateTime.now(clock).plusDays(3));
        SystemActor.run(() -> meetings.addAgendaItem(meeting.id(), "Stand der Umsetzung"));

        var people = list(body, "people", "");
        var peopleWithout = list(body, "people", "omit_internal=true");
        var meetingsWith = list(body, "meetings", "");
        var meetingsWithout = list(body, "meetings", "omit_internal=true");

        assertThat(people.path("data").get(0).path("membership")).hasSize(1);
        assertThat(people.path("data").get(0).path("membership").get(0).path("id").asString())
                .isEqualTo(membershipUrl(member));
        assertThat(peopleWithout.path("data").get(0).has("membership")).isFalse();
        assertThat(meetingsWith.path("data").get(0).path("agendaItem")).hasSize(1);
        assertThat(meetingsWithout.path("data").get(0).has("agendaItem")).isFalse();
        assertThat(peopleWithout.path("links").path("self").asString()).contains("omit_internal=true");
    }

    @Test
    void aFilterThatIsNotADateTimeGetsA400WithAGermanMessage() {
        var body = publishedBody();

        var answer = client.get(OParlClient.ROOT + "/body/" + body.id() + "/meetings?modified_since=gestern");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.body().path("message").asString()).contains("modified_since", "RFC 3339");
        assertThat(answer.response().body()).doesNotContain("Exception", "at de.lenkwerk");
    }

    @Test
    void aRemovedMembershipStaysAsDeletedAndSoDoItsPersonAndOrganisationWhenNothingElseIsLeft() {
        clock.set(FIRST);
        var body = publishedBody();
        var organisation = SystemActor.call(() -> organisations.create(
                new OrganisationData("Träger Irrtum " + suffix, "TI " + suffix, OrganisationType.TRAEGER, true)));
        var stays = member(body, "Bleibt Hier", null);
        var mistake = member(body, "Falsch Eingetragen", organisation.id());
        clock.set(THIRD);

        SystemActor.run(() -> bodies.removeMember(mistake.id(), mistake.version()));

        var membership = client.get(membershipUrl(mistake));
        assertThat(membership.status()).isEqualTo(200);
        assertThat(membership.body().path("deleted").asBoolean()).isTrue();
        assertThat(membership.body().path("modified").asString()).isEqualTo("2026-03-09T14:30:00+01:00");
        assertThat(membership.body().has("person")).as("a deleted object keeps only id, type and times").isFalse();
        assertThat(schemas.errors(membership.body())).isEmpty();
        var person = client.get(personUrl(body, mistake.personId())).body();
        assertThat(person.path("deleted").asBoolean()).isTrue();
        assertThat(person.has("name")).isFalse();
        assertThat(schemas.errors(person)).isEmpty();
        var gone = client.get(OParlClient.ROOT + "/body/" + body.id() + "/organization/" + organisation.id()).body();
        assertThat(gone.path("deleted").asBoolean()).isTrue();
        assertThat(schemas.errors(gone)).isEmpty();
        // a client that synchronises with modified_since learns of exactly this
        var changed = list(body, "memberships", "modified_since=2026-03-09T00:00:00+01:00");
        assertThat(ids(changed)).containsExactly(membershipUrl(mistake));
        assertThat(changed.path("data").get(0).path("deleted").asBoolean()).isTrue();
        // the rest is as before, and the committee no longer counts the removed membership
        assertThat(client.get(personUrl(body, stays.personId())).body().has("deleted")).isFalse();
        var committee = client.get(OParlClient.ROOT + "/body/" + body.id() + "/organization/gremium").body();
        assertThat(committee.path("membership")).extracting(JsonNode::asString)
                .containsExactly(membershipUrl(stays));
        // and in Lenkwerk itself the entry is gone from the member list
        assertThat(SystemActor.call(() -> bodies.members(body.id(), Pageable.unpaged())))
                .extracting(MembershipItem::id).doesNotContain(mistake.id());
    }

    @Test
    void withdrawingThePublicationTakesTheBodyAndEverythingInItOffAtOnce() {
        var body = publishedBody();
        var member = member(body, "Zurück Gezogen", null);
        var meeting = meeting(body, "Letzte öffentliche Sitzung", LocalDateTime.now(clock).plusDays(5));
        assertThat(client.get(meetingUrl(meeting)).status()).isEqualTo(200);

        var current = SystemActor.call(() -> bodies.get(body.id()));
        SystemActor.run(() -> bodies.update(current.id(), current.version(), current.toData(), false));

        for (var url : List.of(OParlClient.ROOT + "/body/" + body.id(), meetingUrl(meeting), membershipUrl(member),
                personUrl(body, member.personId()), OParlClient.ROOT + "/body/" + body.id() + "/meetings")) {
            assertThat(client.get(url).status()).as(url).isEqualTo(404);
        }
        var listed = new ArrayList<String>();
        var page = client.get(OParlClient.ROOT + "/bodies").body();
        while (true) {
            listed.addAll(ids(page));
            if (!page.path("links").has("next")) {
                break;
            }
            page = client.get(page.path("links").path("next").asString()).body();
        }
        assertThat(listed).doesNotContain(OParlClient.ROOT + "/body/" + body.id());
    }

    @Test
    void anEmailAddressAppearsOnlyOnceItsPersonAgreed() {
        var body = publishedBody();
        var member = SystemActor.call(() -> bodies.addMember(body.id(), null,
                new PersonData("Maria Mail " + suffix, "maria." + suffix + "@example.org", null),
                new MembershipData(null, MembershipRole.MEMBER, LocalDate.now(clock), null)));
        var url = personUrl(body, member.personId());
        assertThat(client.get(url).body().has("email")).isFalse();

        SystemActor.run(() -> people.setEmailPublic(member.personId(), true));

        var person = client.get(url).body();
        assertThat(person.path("email")).extracting(JsonNode::asString)
                .containsExactly("maria." + suffix + "@example.org");
        assertThat(schemas.errors(person)).isEmpty();
    }

    private BodyItem publishedBody() {
        return SystemActor.call(() -> bodies.create(new BodyData("OParl-Runde " + suffix, "OR " + suffix,
                BodyType.WORKING_GROUP, null, null, false, "OR-" + suffix.toUpperCase()), true));
    }

    private MembershipItem member(BodyItem body, String name, Long organisationId) {
        return SystemActor.call(() -> bodies.addMember(body.id(), null, new PersonData(name + " " + suffix, null,
                organisationId), new MembershipData(organisationId, MembershipRole.MEMBER, LocalDate.now(clock), null)));
    }

    private MeetingItem meeting(BodyItem body, String title, LocalDateTime startsAt) {
        return SystemActor.call(() -> meetings.plan(body.id(),
                new MeetingData(title, startsAt, "Rathaus", MeetingState.PLANNED, null)));
    }

    private JsonNode list(BodyItem body, String list, String query) {
        var answer = client.get(OParlClient.ROOT + "/body/" + body.id() + "/" + list
                                + (query.isEmpty() ? "" : "?" + query.replace("+", "%2B")));
        assertThat(answer.status()).as(answer.url()).isEqualTo(200);
        answer.body().path("data").forEach(item -> assertThat(schemas.errors(item)).as(item.toString()).isEmpty());
        return answer.body();
    }

    private static List<String> ids(JsonNode page) {
        var result = new ArrayList<String>();
        page.path("data").forEach(item -> result.add(item.path("id").asString()));
        return result;
    }

    private String membershipUrl(MembershipItem membership) {
        return OParlClient.ROOT + "/membership/" + membership.id();
    }

    private String meetingUrl(MeetingItem meeting) {
        return OParlClient.ROOT + "/meeting/" + meeting.id();
    }

    private String personUrl(BodyItem body, long personId) {
        return OParlClient.ROOT + "/body/" + body.id() + "/person/" + personId;
    }
}
