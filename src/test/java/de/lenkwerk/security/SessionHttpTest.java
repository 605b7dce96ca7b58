package de.lenkwerk.security;

import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions over real HTTP against the started application (issue 19, point 2): the sign-in form's CSRF token, the
 * session id changing at sign-in and never in an address, sessions ending when the account loses rights, the idle
 * timeout despite heartbeats, and the absolute lifetime. Its own accounts, so the demo accounts stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
@ExtendWith(OneSecurityContextPerTest.class)
class SessionHttpTest {

    private static final String PASSWORD = "sitzung-geheim-42";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Instant now;

    @BeforeEach
    void fixTheClock() {
        now = Instant.parse("2026-11-03T08:00:00Z");
        clock.set(now);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void theSignInFormIsRefusedWithoutItsCsrfToken() throws Exception {
        var username = account(false);
        var page = get("/login", null);
        var session = session(page);

        var refused = post("/login", session, form("username", username, "password", PASSWORD));
        // refused before the password is looked at: back to the form (no "?error", which a checked password gives)
        assertThat(refusedBeforeTheCheck(refused)).as("POST /login without the token: %s %s", refused.statusCode(),
                refused.headers().map()).isTrue();
        assertThat(get("/", session).statusCode()).as("not signed in").isEqualTo(302);

        var wrongToken = post("/login", session, form("username", username, "password", PASSWORD,
                csrfParameter(page), "falsch"));
        assertThat(refusedBeforeTheCheck(wrongToken)).isTrue();
        assertThat(get("/", session).statusCode()).isEqualTo(302);

        var accepted = post("/login", session, form("username", username, "password", PASSWORD,
                csrfParameter(page), csrf(page)));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void theSessionIdChangesAtSignInAndNeverAppearsInAnAddress() throws Exception {
        var username = account(false);
        var anonymous = get("/", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
        var page = get("/login", null);
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
        var before = session(page);

        var signedIn = post("/login", before, form("username", username, "password", PASSWORD,
                csrfParameter(page), csrf(page)));

        var after = session(signedIn);
        assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(get("/", after).statusCode()).isEqualTo(200);
        assertThat(get("/", before).statusCode()).as("the old id is worth nothing").isEqualTo(302);
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnce() throws Exception {
        var username = account(false);
        var session = signIn(username);
        var second = signIn(username);
        assertThat(get("/meine-massnahmen", session).statusCode()).isEqualTo(200);

        var item = SystemActor.call(() -> accounts.search(username, org.springframework.data.domain.Pageable.ofSize(1)))
                .getFirst();
        SystemActor.run(() -> accounts.setEnabled(item.id(), item.version(), false));

        assertThat(redirectsToSignIn(get("/meine-massnahmen", session))).isTrue();
        assertThat(redirectsToSignIn(get("/statusbericht", second))).as("also the report download").isTrue();
    }

    @Test
    void demotingAnAdministratorEndsTheSessionSoTheAccountListIsGone() throws Exception {
        var username = account(true);
        var session = signIn(username);
        assertThat(get("/admin/benutzer", session).statusCode()).isEqualTo(200);

        var item = SystemActor.call(() -> accounts.search(username, org.springframework.data.domain.Pageable.ofSize(1)))
                .getFirst();
        var data = item.toData();
        SystemActor.run(() -> accounts.update(item.id(), item.version(), new AccountData(data.username(),
                data.fullName(), data.email(), data.organisationId(), false, true)));

        assertThat(redirectsToSignIn(get("/admin/benutzer", session))).isTrue();
        var again = signIn(username);
        assertThat(get("/", again).statusCode()).isEqualTo(200);
    }

    @Test
    void resettingThePasswordEndsTheSessions() throws Exception {
        var username = account(false);
        var session = signIn(username);
        var item = SystemActor.call(() -> accounts.search(username, org.springframework.data.domain.Pageable.ofSize(1)))
                .getFirst();

        SystemActor.call(() -> accounts.resetPassword(item.id()));

        assertThat(redirectsToSignIn(get("/", session))).isTrue();
    }

    /** Heartbeats every 10 minutes keep the container's session, not the sign-in: after 30 idle minutes it ends. */
    @Test
    void anIdleSessionEndsAlthoughTheTabKeepsSendingHeartbeats() throws Exception {
        var idle = signIn(account(false));
        var active = signIn(account(false));
        assertThat(get("/", idle).statusCode()).isEqualTo(200);
        assertThat(get("/", active).statusCode()).isEqualTo(200);

        for (int minute = 10; minute <= 40; minute += 10) {
            advance(Duration.ofMinutes(10));
            heartbeat(idle);
            heartbeat(active);
            assertThat(get("/", active).statusCode()).as("someone working at minute " + minute).isEqualTo(200);
        }

        assertThat(redirectsToSignIn(get("/", idle))).as("idle for 40 minutes with heartbeats").isTrue();
    }

    @Test
    void aSessionEndsAfterTwelveHoursHoweverActive() throws Exception {
        var session = signIn(account(false));
        for (int minutes = 20; minutes < 12 * 60; minutes += 20) {
            advance(Duration.ofMinutes(20));
            assertThat(get("/", session).statusCode()).as("after " + minutes + " minutes").isEqualTo(200);
        }
        advance(Duration.ofMinutes(21));

        assertThat(redirectsToSignIn(get("/", session))).isTrue();
    }

    private String account(boolean administrator) {
        var username = "sitzung-" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        SystemActor.call(() -> accounts.create(new AccountData(username, "Sitzung " + username, null, null,
                administrator, true), PASSWORD));
        return username;
    }

    private String signIn(String username) throws Exception {
        var page = get("/login", null);
        var response = post("/login", session(page), form("username", username, "password", PASSWORD,
                csrfParameter(page), csrf(page)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session(response);
    }

    private void heartbeat(String session) throws Exception {
        var request = HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static boolean refusedBeforeTheCheck(HttpResponse<String> response) {
        return response.statusCode() == 403 || redirectsToSignIn(response);
    }

    private static boolean redirectsToSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
        clock.set(now);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    private static String csrf(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the sign-in page carries its CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String csrfParameter(HttpResponse<String> page) {
        var matcher = CSRF_PARAMETER.matcher(page.body());
        return matcher.find() ? matcher.group(1) : "_csrf";
    }

    private static String form(String... pairs) {
        var builder = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!builder.isEmpty()) {
                builder.append('&');
            }
            builder.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return builder.toString();
    }
}
