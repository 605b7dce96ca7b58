package de.lenkwerk.calendar;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar address of an owner who sits in one body, owns and deputises actions there and has a done one, read
 * back as Outlook or Thunderbird would; another body with its own meeting and actions must stay out.
 */
@ServiceTest
class CalendarFeedServiceTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    @Autowired
    TestData fixture;

    private TestData.Committee committee;
    private TestData.Account owner;
    private long personId;
    private ActionDetail owned;
    private ActionDetail done;
    private MeetingItem second;
    private BodyItem foreign;

    @BeforeEach
    void setUp() {
        var today = fixture.today();
        committee = fixture.committee("Kalender", MembershipRole.SECRETARIAT, MembershipRole.MEMBER);
        owner = committee.member();
        personId = owner.personId();
        var body = committee.body();
        var colleague = fixture.person("Kollegin").id();
        owned = fixture.action(body, fixture.actionData("Datenaustausch vereinbaren", personId, 10));
        fixture.action(body, new ActionData("Vertretung übernehmen", null, colleague, null, personId, Set.of(),
                today.minusDays(10), today.plusDays(40), ActionStatus.IN_PROGRESS, 10, null, null, null, null));
        fixture.action(body, fixture.actionData("Sache der Kollegin", colleague, 15));
        done = fixture.action(body, new ActionData("Schon erledigt", null, personId, null, null, Set.of(),
                today.minusDays(10), today.plusDays(5), ActionStatus.DONE, 100, null, null, null, null));
        second = SystemActor.call(() -> meetings.plan(body.id(), new MeetingData("2. Sitzung des Lenkungsausschusses",
                today.plusDays(21).atTime(10, 0), "Neues Rathaus Dresden, Raum 4", MeetingState.PLANNED, null)));
        foreign = fixture.committee("Fremdes Gremium", MembershipRole.SECRETARIAT).body();
        fixture.meeting(foreign, "Fremde Sitzung", today.plusDays(3).atTime(14, 0), MeetingState.PLANNED);
        fixture.action(foreign, fixture.actionData("Fremde Frist", fixture.person("Fremd").id(), 12));
        fixture.signIn(owner);
    }

    @Test
    void theFeedHoldsTheOwnersDeadlinesAsAllDayEventsWithUidAndLink() throws Exception {
        var address = feeds.newAddress();
        assertThat(address.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(address.url()).endsWith("/kalender/" + address.token() + ".ics");

        var calendar = parse(feeds.feed(address.token()).orElseThrow());

        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).hasValue("-//Lenkwerk//Lenkwerk//DE");
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).hasValue("2.0");
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("PUBLISH");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue("Lenkwerk – " + owner.name());
        var datenaustausch = mine().stream().filter(d -> d.actionId() == owned.id()).findFirst().orElseThrow();
        assertThat(datenaustausch.deadline()).isEqualTo(owned.deadline());
        var event = events(calendar).get("action-" + datenaustausch.actionId() + "@lenkwerk");
        assertThat(event).as("the deadline of an action the owner owns").isNotNull();
        assertThat(summary(event)).isEqualTo("Frist: " + datenaustausch.number() + " " + datenaustausch.title());
        assertThat(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate())
                .isEqualTo(datenaustausch.deadline());
        assertThat(event.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getDate())
                .isEqualTo(datenaustausch.deadline().plusDays(1));
        assertThat(event.<Url>getProperty(Property.URL).orElseThrow().getValue())
                .endsWith("/massnahmen/" + datenaustausch.actionId());
    }

    @Test
    void theFeedHoldsEveryOpenActionOwnedOrDeputisedAndNoOneElses() throws Exception {
        var calendar = parse(feeds.feed(feeds.newAddress().token()).orElseThrow());
        var uids = events(calendar).keySet();

        var mine = mine();
        assertThat(mine).anyMatch(d -> d.deputyPersonId() != null && d.deputyPersonId() == personId);
        assertThat(mine).hasSize(2);
        assertThat(uids).containsAll(mine.stream().map(d -> "action-" + d.actionId() + "@lenkwerk").toList());
        assertThat(uids).as("done is no longer a deadline").doesNotContain("action-" + done.id() + "@lenkwerk");
        var others = SystemActor.call(() -> actions.openDeadlines(fixture.today().plusYears(5))).stream()
                .filter(d -> d.ownerPersonId() != personId
                        && (d.deputyPersonId() == null || d.deputyPersonId() != personId))
                .map(d -> "action-" + d.actionId() + "@lenkwerk").toList();
        assertThat(others).as("the colleague's and the other body's actions").hasSizeGreaterThanOrEqualTo(2);
        assertThat(uids).doesNotContainAnyElementsOf(others);
    }

    @Test
    void meetingsOfTheOwnersBodiesAreTimedInBerlinWithTheirTimeZone() throws Exception {
        var calendar = parse(feeds.feed(feeds.newAddress().token()).orElseThrow());

        assertThat(calendar.getComponents(Component.VTIMEZONE)).isNotEmpty();
        assertThat(SystemActor.call(() -> bodies.activeBodiesOf(personId))).extracting(BodyItem::id)
                .containsExactly(committee.id());
        var event = events(calendar).get("meeting-" + second.id() + "@lenkwerk");
        assertThat(event).as("the next meeting of a body the owner sits in").isNotNull();
        assertThat(summary(event)).isEqualTo(committee.body().shortName() + ": 2. Sitzung des Lenkungsausschusses");
        assertThat(event.<Location>getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Neues Rathaus Dresden, Raum 4");
        var start = Instant.from(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate());
        assertThat(start).isEqualTo(second.startsAt().atZone(ZoneId.of("Europe/Berlin")).toInstant());
        var end = Instant.from(event.<DtEnd<Temporal>>getProperty(Property.DTEND).orElseThrow().getDate());
        assertThat(end).isEqualTo(start.plusSeconds(2 * 3600));
        assertThat(event.<Url>getProperty(Property.URL).orElseThrow().getValue()).endsWith("/sitzungen/" + second.id());
    }

    @Test
    void meetingsOfBodiesTheOwnerIsNotInStayOut() throws Exception {
        var calendar = parse(feeds.feed(feeds.newAddress().token()).orElseThrow());
        var ownBodyIds = SystemActor.call(() -> bodies.activeBodiesOf(personId)).stream().map(BodyItem::id)
                .collect(Collectors.toSet());
        var allBodies = SystemActor.call(() -> bodies.search("", true, Pageable.unpaged()));
        var foreignMeetings = allBodies.stream().filter(b -> !ownBodyIds.contains(b.id()))
                .flatMap(b -> SystemActor.call(() -> meetings.forBody(b.id(), Pageable.unpaged())).stream())
                .map(m -> "meeting-" + m.id() + "@lenkwerk").toList();

        var ofTheForeignBody = SystemActor.call(() -> meetings.forBody(foreign.id(), Pageable.unpaged()));
        assertThat(ofTheForeignBody).hasSize(1);
        assertThat(foreignMeetings).contains("meeting-" + ofTheForeignBody.getFirst().id() + "@lenkwerk");
        assertThat(events(calendar).keySet()).doesNotContainAnyElementsOf(foreignMeetings);
    }

    @Test
    void aNewAddressMakesTheOldOneStopWorking() {
        var first = feeds.newAddress();
        var second = feeds.newAddress();

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(feeds.feed(first.token())).isEmpty();
        assertThat(feeds.feed(second.token())).isPresent();
        assertThat(feeds.myStatus().active()).isTrue();
        assertThat(feeds.myStatus().since()).isEqualTo(second.createdAt());
    }

    @Test
    void aRevokedAddressStopsWorking() {
        var address = feeds.newAddress();

        assertThat(feeds.revoke()).isTrue();

        assertThat(feeds.feed(address.token())).isEmpty();
        assertThat(feeds.myStatus().active()).isFalse();
        assertThat(feeds.revoke()).as("nothing left to revoke").isFalse();
    }

    @Test
    void aDisabledAccountsAddressStopsWorkingAndReturnsWithTheAccount() {
        var address = feeds.newAddress();
        var account = SystemActor.call(() -> accounts.get(owner.accountId())).orElseThrow();
        var disabled = SystemActor.call(() -> accounts.setEnabled(account.id(), account.version(), false));
        try {
            assertThat(feeds.feed(address.token())).isEmpty();
        } finally {
            SystemActor.call(() -> accounts.setEnabled(disabled.id(), disabled.version(), true));
        }
        assertThat(feeds.feed(address.token())).isPresent();
    }

    @Test
    void wrongOrMalformedTokensGiveNothing() {
        feeds.newAddress();

        assertThat(feeds.feed("A".repeat(43))).isEmpty();
        assertThat(feeds.feed("../../etc/passwd")).isEmpty();
        assertThat(feeds.feed("")).isEmpty();
        assertThat(feeds.feed(null)).isEmpty();
    }

    @Test
    void onlyTheHashOfTheTokenIsKept() {
        var address = feeds.newAddress();

        var stored = jdbc.queryForList("select token_hash from calendar_feed where person_id = ?", String.class,
                personId);

        assertThat(stored).containsExactly(CalendarFeedService.hash(address.token()));
        assertThat(stored.getFirst()).hasSize(64).isNotEqualTo(address.token());
    }

    private List<DeadlineItem> mine() {
        return SystemActor.call(() -> actions.openDeadlinesOf(personId));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().collect(Collectors.toMap(
                e -> e.<Uid>getProperty(Property.UID).orElseThrow().getValue(), Function.identity()));
    }

    private static String summary(VEvent event) {
        return event.<Summary>getProperty(Property.SUMMARY).orElseThrow().getValue();
    }
}
