package de.lenkwerk.calendar;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /kalender/<token>.ics}: the subscribed calendar of Outlook, Thunderbird or a phone. No sign-in, the
 * token is the credential; an unknown or revoked token gets a bare 404, the same as any other unknown address.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/kalender/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename("lenkwerk.ics").build().toString())
                        // calendar clients poll; a few minutes of staleness spare the database
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
