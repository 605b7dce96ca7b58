package de.lenkwerk.calendar;

import de.lenkwerk.OneSecurityContextPerTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The address as a calendar program calls it: plain HTTP, no session, no cookies, no redirects followed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OneSecurityContextPerTest.class)
@WithUserDetails("verantwortlich")
class CalendarFeedHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    CalendarFeedService feeds;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aValidAddressAnswersWithAParseableCalendarWithoutSignIn() throws Exception {
        var token = feeds.newAddress().token();

        var response = get("/kalender/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline").contains("lenkwerk.ics"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, max-age=300");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session is opened").isEmpty();
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(calendar.getComponents(Component.VEVENT)).isNotEmpty();
        assertThat(response.body()).contains("Lenkwerk – Markus Lehmann");
    }

    @Test
    void aWrongTokenGetsANotFoundWithAnEmptyBody() throws Exception {
        feeds.newAddress();

        var response = get("/kalender/" + "x".repeat(43) + ".ics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
        assertThat(get("/kalender/kurz.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void aRevokedTokenGetsANotFound() throws Exception {
        var token = feeds.newAddress().token();
        assertThat(get("/kalender/" + token + ".ics").statusCode()).isEqualTo(200);

        feeds.revoke();

        var response = get("/kalender/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("VCALENDAR");
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
