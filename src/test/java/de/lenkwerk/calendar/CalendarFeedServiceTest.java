package de.lenkwerk.calendar;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.CurrentUser;
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
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar address of the demo owner Markus Lehmann, read back as Outlook or Thunderbird would. */
@LenkwerkTest
@WithUserDetails("verantwortlich")
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
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    private long personId;

    @BeforeEach
    void setUp() {
        personId = currentUser.require().personId();
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
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).hasValue("Lenkwerk – Markus Lehmann");
        var datenaustausch = mine().stream()
                .filter(d -> d.title().equals("Datenaustausch Jobcenter – Ausländerbehörde vereinbaren"))
                .findFirst().orElseThrow();
        var event = events(calendar).get("action-" + datenaustausch.actionId() + "@lenkwerk");
        assertThat(event).as("the deadline of an action Lehmann owns").isNotNull();
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
        assertThat(uids).containsAll(mine.stream().map(d -> "action-" + d.actionId() + "@lenkwerk").toList());
        var others = SystemActor.call(() -> actions.openDeadlines(LocalDate.now().plusYears(5))).stream()
                .filter(d -> d.ownerPersonId() != personId
                        && (d.deputyPersonId() == null || d.deputyPersonId() != personId))
                .map(d -> "action-" + d.actionId() + "@lenkwerk").toList();
        assertThat(others).as("the demo has actions of other people").isNotEmpty();
        assertThat(uids).doesNotContainAnyElementsOf(others);
    }

    @Test
    void meetingsOfTheOwnersBodiesAreTimedInBerlinWithTheirTimeZone() throws Exception {
        var calendar = parse(feeds.feed(feeds.newAddress().token()).orElseThrow());

        assertThat(calendar.getComponents(Component.VTIMEZONE)).isNotEmpty();
        var dresden = SystemActor.call(() -> bodies.activeBodiesOf(personId)).stream()
                .filter(b -> b.shortName().equals("LA Dresden")).findFirst().orElseThrow();
        MeetingItem second = SystemActor.call(() -> meetings.forBody(dresden.id(), Pageable.unpaged())).stream()
                .filter(m -> m.title().equals("2. Sitzung des Lenkungsausschusses")).findFirst().orElseThrow();
        var event = events(calendar).get("meeting-" + second.id() + "@lenkwerk");
        assertThat(event).as("the next meeting of a body Lehmann sits in").isNotNull();
        assertThat(summary(event)).isEqualTo("LA Dresden: 2. Sitzung des Lenkungsausschusses");
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
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var foreign = SystemActor.call(() -> bodies.create(new BodyData("Kalendertest " + suffix, "KT " + suffix,
                BodyType.WORKING_GROUP, null, null, false, "KT-" + suffix)));
        SystemActor.call(() -> meetings.plan(foreign.id(), new MeetingData("Fremde Sitzung",
                LocalDate.now().plusDays(3).atTime(14, 0), null, MeetingState.PLANNED, null)));
        var calendar = parse(feeds.feed(feeds.newAddress().token()).orElseThrow());
        var ownBodyIds = SystemActor.call(() -> bodies.activeBodiesOf(personId)).stream().map(BodyItem::id)
                .collect(Collectors.toSet());
        var allBodies = SystemActor.call(() -> bodies.search("", true, Pageable.unpaged()));
        var foreignMeetings = allBodies.stream().filter(b -> !ownBodyIds.contains(b.id()))
                .flatMap(b -> SystemActor.call(() -> meetings.forBody(b.id(), Pageable.unpaged())).stream())
                .map(m -> "meeting-" + m.id() + "@lenkwerk").toList();

        assertThat(foreignMeetings).isNotEmpty();
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
        var account = SystemActor.call(() -> accounts.search("verantwortlich", Pageable.ofSize(5))).stream()
                .filter(a -> a.username().equals("verantwortlich")).findFirst().orElseThrow();
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
