package de.lenkwerk.calendar;

import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.meeting.MeetingItem;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes one person's calendar with ical4j: deadlines as all-day events, meetings as timed events in
 * Europe/Berlin. The VTIMEZONE goes along because Outlook does not resolve a bare TZID.
 */
@Component
class CalendarWriter {

    static final String PROD_ID = "-//Lenkwerk//Lenkwerk//DE";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Meetings carry only a start; two hours is what a committee meeting usually takes. */
    static final Duration MEETING_LENGTH = Duration.ofHours(2);

    private final Translations translations;
    private final String baseUrl;

    CalendarWriter(Translations translations, @Value("${lenkwerk.base-url}") String baseUrl) {
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a page of the application, e.g. {@code massnahmen/7}. */
    String link(String path) {
        return baseUrl + "/" + path;
    }

    String write(String personName, List<DeadlineItem> deadlines, List<MeetingItem> meetings,
                 Map<Long, String> bodyShortNames) {
        var timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId());
        var calendar = new Calendar()
                .withProdId(PROD_ID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", text("calendar.feed.name", personName)))
                .withProperty(new XProperty("X-WR-TIMEZONE", ZONE.getId()))
                // how often Outlook polls a subscribed calendar
                .withProperty(new XProperty("X-PUBLISHED-TTL", "PT1H"))
                .withComponent(timeZone.getVTimeZone())
                .getFluentTarget();
        for (var deadline : deadlines) {
            calendar.add(deadlineEvent(deadline));
        }
        for (var meeting : meetings) {
            calendar.add(meetingEvent(meeting, bodyShortNames.getOrDefault(meeting.bodyId(), "")));
        }
        var out = new StringWriter();
        try {
            // not validating: ical4j applies iTIP's rules for METHOD:PUBLISH and wants an ORGANIZER, which a
            // published read-only calendar has no use for (Outlook and Thunderbird accept it without)
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent deadlineEvent(DeadlineItem deadline) {
        var link = link("massnahmen/" + deadline.actionId());
        var event = new VEvent(deadline.deadline(), deadline.deadline().plusDays(1),
                text("calendar.feed.deadline", deadline.number(), deadline.title()));
        event.add(new Uid("action-" + deadline.actionId() + "@lenkwerk"));
        event.add(new Url(URI.create(link)));
        event.add(new Description(text("calendar.feed.deadline-description", deadline.number(), deadline.title(), link)));
        // a deadline does not make anybody busy
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private VEvent meetingEvent(MeetingItem meeting, String bodyShortName) {
        var link = link("sitzungen/" + meeting.id());
        var summary = bodyShortName.isBlank() ? meeting.title() : bodyShortName + ": " + meeting.title();
        var start = meeting.startsAt().atZone(ZONE);
        // DTEND rather than DURATION: older Outlook versions handle an explicit end more reliably
        var event = new VEvent(start, start.plus(MEETING_LENGTH), summary);
        event.add(new Uid("meeting-" + meeting.id() + "@lenkwerk"));
        event.add(new Url(URI.create(link)));
        event.add(new Description(text("calendar.feed.meeting-description", bodyShortName, link)));
        if (meeting.place() != null) {
            event.add(new Location(meeting.place()));
        }
        return event;
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, SupportedLocales.DEFAULT, args);
    }
}
