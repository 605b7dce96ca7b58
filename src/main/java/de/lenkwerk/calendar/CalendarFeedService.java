package de.lenkwerk.calendar;

import de.lenkwerk.action.ActionService;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SystemActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Each person's private calendar address. The token in the address is the only credential of a feed request, so
 * only its SHA-256 is stored: a database dump reveals no working address, and a lost address is replaced or
 * revoked by its owner on the profile page (docs/adr/006-calendar-feed-secret-address.md).
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    /** Meetings this far back and ahead are in the feed; older ones only clutter the calendar. */
    static final int DAYS_BACK = 60;
    static final int DAYS_AHEAD = 400;

    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final CalendarWriter writer;
    private final CurrentUser currentUser;
    private final ActionService actions;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final PersonService people;
    private final AccountService accounts;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, CalendarWriter writer, CurrentUser currentUser,
                        ActionService actions, BodyService bodies, MeetingService meetings, PersonService people,
                        AccountService accounts, Clock clock) {
        this.feeds = feeds;
        this.writer = writer;
        this.currentUser = currentUser;
        this.actions = actions;
        this.bodies = bodies;
        this.meetings = meetings;
        this.people = people;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the signed-in person has an address, and since when. */
    @PreAuthorize("isAuthenticated()")
    public CalendarFeedStatus myStatus() {
        return feeds.findByPersonId(currentUser.require().personId())
                .map(feed -> new CalendarFeedStatus(true, feed.getCreatedAt()))
                .orElse(CalendarFeedStatus.NONE);
    }

    /**
     * A new address for the signed-in person; an earlier one stops working. The token is returned only here.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CalendarAddress newAddress() {
        var personId = currentUser.require().personId();
        var token = newToken();
        var now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        feeds.findByPersonId(personId).ifPresentOrElse(feed -> feed.renew(hash(token), now),
                () -> feeds.save(new CalendarFeed(personId, hash(token), now)));
        return new CalendarAddress(token, writer.link("kalender/" + token + ".ics"), now);
    }

    /** The signed-in person's address stops working. @return whether there was one */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean revoke() {
        var feed = feeds.findByPersonId(currentUser.require().personId());
        feed.ifPresent(feeds::delete);
        return feed.isPresent();
    }

    /**
     * The iCalendar text for a token, or empty for an unknown, revoked or malformed one. No user is signed in on a
     * feed request: the token stands for its person, and the data is read as the system.
     */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).flatMap(feed -> SystemActor.call(() -> {
            // a disabled account's calendar goes dark with it, without the owner having to revoke it
            if (!accounts.hasEnabledAccount(feed.getPersonId())) {
                return Optional.<String>empty();
            }
            return Optional.of(render(feed.getPersonId()));
        }));
    }

    private String render(long personId) {
        var today = LocalDate.now(clock);
        var name = people.get(personId).map(PersonItem::fullName).orElse("");
        var deadlines = actions.openDeadlinesOf(personId);
        var ownBodies = bodies.activeBodiesOf(personId);
        var shortNames = ownBodies.stream().collect(Collectors.toMap(BodyItem::id, BodyItem::shortName));
        var ownMeetings = meetings.inBodies(shortNames.keySet(), today.minusDays(DAYS_BACK).atStartOfDay(),
                today.plusDays(DAYS_AHEAD + 1).atStartOfDay());
        return writer.write(name, deadlines, ownMeetings, shortNames);
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
