package de.lenkwerk.api;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The REST API as a program uses it: a personal token acts as its user, read-only tokens cannot write, writes need
 * the version they are based on, and every refusal is problem+json in the caller's language.
 */
@ServiceTest
class RestApiTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData fixture;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    AccountService accounts;
    @Autowired
    ApiRateLimiter limiter;

    private ApiClient api;
    private TestData.Committee committee;
    private TestData.Account owner;
    private ActionDetail action;
    private IndicatorItem indicator;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context, fixture, tokens);
        today = fixture.today();
        committee = fixture.committee("API-Gremium", MembershipRole.SECRETARIAT, MembershipRole.READER);
        owner = fixture.account("Verantwortlich");
        action = fixture.action(committee.body(), fixture.actionData("Vereinbarung", owner.personId(), 60),
                new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.valueOf(100), today.plusDays(60), IndicatorDirection.UP));
        indicator = SystemActor.call(() -> indicators.forAction(action.id())).getFirst();
    }

    @Test
    void aTokenActsAsItsUserAndNothingElseSignsInNorOpensASession() {
        var token = api.token(committee.reader(), ApiTokenScope.READ);

        var me = api.get(token, "/api/v1/me");
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.body(me).get("username").asString()).isEqualTo(committee.reader().username());
        assertThat(api.body(me).get("mayWrite").asBoolean()).isFalse();
        assertThat(me.getResponse().getHeader(HttpHeaders.SET_COOKIE)).as("no cookie").isNull();
        assertThat(me.getRequest().getSession(false)).as("no session").isNull();

        for (var refused : new MvcResult[]{api.get(null, "/api/v1/me"), api.get("lw_" + "x".repeat(43), "/api/v1/me"),
                api.get("kein-schluessel", "/api/v1/me"),
                api.call(null, get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz"))}) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(401);
            assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(refused.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
            assertThat(api.body(refused).get("type").asString()).isEqualTo("urn:lenkwerk:problem:unauthorized");
        }
    }

    @Test
    void aReadOnlyTokenReadsButEveryWriteIsRefusedWith403() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ);

        var read = api.get(token, "/api/v1/actions/" + action.id());
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        var etag = read.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isEqualTo("\"" + action.version() + "\"");

        var update = api.put(token, "/api/v1/actions/" + action.id(), etag,
                ApiClient.action("Umbenannt", owner.personId(), today.plusDays(90), 20));
        var report = api.post(token, "/api/v1/actions/" + action.id() + "/progress-updates", etag,
                Map.of("text", "Stand", "status", "IN_PROGRESS", "progress", 30));
        var create = api.post(token, "/api/v1/bodies/" + committee.id() + "/actions", null,
                ApiClient.action("Neu", owner.personId(), today.plusDays(90), 0));
        for (var refused : new MvcResult[]{update, report, create}) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(403);
            assertThat(api.body(refused).get("type").asString()).isEqualTo("urn:lenkwerk:problem:read-only");
        }
        assertThat(SystemActor.call(() -> actions.get(action.id())).version()).isEqualTo(action.version());
    }

    @Test
    void aReadWriteTokenHasNoMoreRightsThanItsUser() {
        var token = api.token(committee.reader(), ApiTokenScope.READ_WRITE);

        var update = api.put(token, "/api/v1/actions/" + action.id(), "\"" + action.version() + "\"",
                ApiClient.action("Umbenannt", owner.personId(), today.plusDays(90), 20));

        assertThat(update.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.body(update).get("type").asString()).isEqualTo("urn:lenkwerk:problem:forbidden");
        assertThat(SystemActor.call(() -> actions.get(action.id())).title()).isEqualTo("Vereinbarung");
    }

    @Test
    void aWriteWithoutIfMatchGets428AndChangesNothing() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ_WRITE);

        var update = api.put(token, "/api/v1/actions/" + action.id(), null,
                ApiClient.action("Umbenannt", owner.personId(), today.plusDays(90), 20));
        var measurement = api.post(token, "/api/v1/indicators/" + indicator.id() + "/measurements", null,
                Map.of("measuredOn", today.toString(), "value", 5));
        var star = api.put(token, "/api/v1/actions/" + action.id(), "*",
                ApiClient.action("Umbenannt", owner.personId(), today.plusDays(90), 20));

        for (var refused : new MvcResult[]{update, measurement, star}) {
            assertThat(refused.getResponse().getStatus()).isEqualTo(428);
            assertThat(refused.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(api.body(refused).get("detail").asString()).contains("If-Match");
        }
        assertThat(SystemActor.call(() -> actions.get(action.id())).version()).isEqualTo(action.version());
        assertThat(SystemActor.call(() -> indicators.forAction(action.id())).getFirst().latestValue()).isNull();
    }

    @Test
    void aStaleIfMatchGets412WithWhoChangedItAndWhenInTheCallersLanguage() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ_WRITE);
        var stale = "\"" + action.version() + "\"";
        var moment = today.plusDays(2).atTime(9, 30);
        fixture.clock().set(moment);
        var first = api.put(token, "/api/v1/actions/" + action.id(), stale,
                ApiClient.action("Erste Fassung", owner.personId(), today.plusDays(90), 20));
        assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsByteArray().length + "")
                .isEqualTo(200);
        assertThat(first.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + (action.version() + 1) + "\"");

        var german = api.put(token, "/api/v1/actions/" + action.id(), stale,
                ApiClient.action("Zweite Fassung", owner.personId(), today.plusDays(90), 30));
        var english = api.call(token, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/actions/" + action.id()).header(HttpHeaders.IF_MATCH, stale)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9").contentType(MediaType.APPLICATION_JSON)
                .content(api.write(ApiClient.action("Zweite Fassung", owner.personId(), today.plusDays(90), 30))));

        assertThat(german.getResponse().getStatus()).isEqualTo(412);
        var problem = api.body(german);
        assertThat(problem.get("changedBy").asString()).isEqualTo(committee.secretariat().name());
        assertThat(problem.get("changedAt").asString()).isEqualTo(moment.toString());
        assertThat(problem.get("detail").asString()).contains(committee.secretariat().name())
                .contains("inzwischen geändert")
                .contains(moment.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))).contains("09:30");
        assertThat(english.getResponse().getStatus()).isEqualTo(412);
        assertThat(english.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
        assertThat(api.body(english).get("detail").asString()).contains("changed this record in the meantime");
        assertThat(SystemActor.call(() -> actions.get(action.id())).title()).isEqualTo("Erste Fassung");
    }

    @Test
    void theOwnerAddsAMeasurementAndAProgressUpdateOnTheVersionsTheyRead() {
        var token = api.token(owner, ApiTokenScope.READ_WRITE);
        var listed = api.body(api.get(token, "/api/v1/actions/" + action.id() + "/indicators")).get(0);
        var indicatorTag = "\"" + listed.get("version").asLong() + "\"";

        var measured = api.post(token, "/api/v1/indicators/" + indicator.id() + "/measurements", indicatorTag,
                Map.of("measuredOn", today.toString(), "value", 42, "comment", "aus dem Fachverfahren"));
        var again = api.post(token, "/api/v1/indicators/" + indicator.id() + "/measurements", indicatorTag,
                Map.of("measuredOn", today.toString(), "value", 43));

        assertThat(measured.getResponse().getStatus()).isEqualTo(201);
        assertThat(api.body(measured).get("latestValue").decimalValue()).isEqualByComparingTo("42");
        assertThat(measured.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(indicatorTag);
        assertThat(again.getResponse().getStatus()).as("the indicator moved on").isEqualTo(412);
        var values = api.body(api.get(token, "/api/v1/indicators/" + indicator.id() + "/measurements"));
        assertThat(values).hasSize(1);
        assertThat(values.get(0).get("reportedBy").asString()).isEqualTo(owner.name());

        var actionTag = api.get(token, "/api/v1/actions/" + action.id()).getResponse().getHeader(HttpHeaders.ETAG);
        var reported = api.post(token, "/api/v1/actions/" + action.id() + "/progress-updates", actionTag,
                Map.of("text", "Läuft nach Plan", "status", "IN_PROGRESS", "progress", 45));
        assertThat(reported.getResponse().getStatus()).isEqualTo(201);
        assertThat(api.body(reported).get("progress").asInt()).isEqualTo(45);
        var timeline = api.body(api.get(token, "/api/v1/actions/" + action.id() + "/progress-updates"));
        assertThat(timeline.get(0).get("text").asString()).isEqualTo("Läuft nach Plan");
        assertThat(timeline.get(0).get("author").asString()).isEqualTo(owner.name());
    }

    @Test
    void invalidInputGetsProblemJsonThatListsEveryFieldInGermanOrEnglish() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ_WRITE);
        var bad = Map.of("title", " ", "ownerPersonId", owner.personId(), "status", "IN_PROGRESS", "progress", 150);

        var german = api.post(token, "/api/v1/bodies/" + committee.id() + "/actions", null, bad);
        var english = api.call(token, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/bodies/" + committee.id() + "/actions").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).content(api.write(bad)));

        assertThat(german.getResponse().getStatus()).isEqualTo(400);
        assertThat(german.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = api.body(german);
        assertThat(problem.get("type").asString()).isEqualTo("urn:lenkwerk:problem:validation");
        assertThat(problem.get("title").asString()).isEqualTo("Ungültige Eingaben");
        var errors = new java.util.TreeMap<String, String>();
        problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("detail").asString()));
        assertThat(errors).containsOnlyKeys("title", "deadline", "progress");
        assertThat(errors.get("title")).isEqualTo("Bitte ausfüllen.");
        assertThat(errors.get("progress")).isEqualTo("Höchstens 100.");
        var englishErrors = new java.util.TreeMap<String, String>();
        api.body(english).get("errors").forEach(e -> englishErrors.put(e.get("field").asString(), e.get("detail").asString()));
        assertThat(englishErrors.get("progress")).isEqualTo("At most 100.");
        assertThat(api.body(english).get("title").asString()).isEqualTo("Invalid input");

        var broken = api.post(token, "/api/v1/bodies/" + committee.id() + "/actions", null, "{\"title\": ");
        var wrongType = api.post(token, "/api/v1/bodies/" + committee.id() + "/actions", null,
                Map.of("title", "X", "ownerPersonId", owner.personId(), "deadline", "morgen", "status", "IN_PROGRESS",
                        "progress", 0));
        var badFilter = api.get(token, "/api/v1/actions?status=VIELLEICHT&sort=gehalt,desc&size=1000");
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrongType.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(wrongType).get("errors").get(0).get("field").asString()).isEqualTo("deadline");
        assertThat(badFilter.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(badFilter).get("errors").findValuesAsString("field")).contains("status");
        for (var answer : new MvcResult[]{german, english, broken, wrongType, badFilter}) {
            var text = content(answer);
            assertThat(text).doesNotContain("Exception").doesNotContain("at de.lenkwerk").doesNotContain("trace");
        }
        assertThat(SystemActor.call(() -> actions.count(de.lenkwerk.action.ActionFilter.ofBody(committee.id()))))
                .isEqualTo(1);
    }

    @Test
    void theSecretariatCreatesAnActionThatGetsTheBodysNextNumber() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ_WRITE);

        var created = api.post(token, "/api/v1/bodies/" + committee.id() + "/actions", null,
                ApiClient.action("Über die API", owner.personId(), today.plusDays(45), 0));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        var body = api.body(created);
        assertThat(body.get("number").asString()).isEqualTo(committee.body().actionPrefix() + "-" + today.getYear() + "-02");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/actions/" + body.get("id").asLong());
        assertThat(created.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + body.get("version").asLong() + "\"");
        assertThat(SystemActor.call(() -> actions.get(body.get("id").asLong())).title()).isEqualTo("Über die API");
    }

    @Test
    void aRevokedOrExpiredTokenOrOneOfADisabledAccountNoLongerWorks() {
        var revoked = api.token(committee.reader(), ApiTokenScope.READ);
        var expiring = api.token(committee.reader(), ApiTokenScope.READ);
        var disabled = fixture.account("Ausgeschieden");
        var ofDisabled = api.token(disabled, ApiTokenScope.READ);
        assertThat(api.get(revoked, "/api/v1/me").getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get(ofDisabled, "/api/v1/me").getResponse().getStatus()).isEqualTo(200);

        var id = fixture.as(committee.reader(), () -> tokens.mine()).stream()
                .filter(t -> revoked.startsWith(t.hint())).findFirst().orElseThrow().id();
        fixture.run(committee.reader(), () -> tokens.revoke(id));
        SystemActor.run(() -> {
            var account = accounts.get(disabled.accountId()).orElseThrow();
            accounts.setEnabled(account.id(), account.version(), false);
        });

        assertThat(api.get(revoked, "/api/v1/me").getResponse().getStatus()).isEqualTo(401);
        assertThat(api.get(ofDisabled, "/api/v1/me").getResponse().getStatus()).isEqualTo(401);
        assertThat(api.get(expiring, "/api/v1/me").getResponse().getStatus()).isEqualTo(200);
        fixture.clock().set(today.plusDays(31));
        assertThat(api.get(expiring, "/api/v1/me").getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void eachTokenIsRateLimitedWith429AndRetryAfterUntilTheWindowEnds() {
        fixture.clock().set(today.plusDays(1).atTime(10, 0, 15));
        var token = api.token(committee.reader(), ApiTokenScope.READ);
        var other = api.token(committee.reader(), ApiTokenScope.READ);

        for (int i = 0; i < limiter.limit(); i++) {
            assertThat(api.get(token, "/api/v1/me").getResponse().getStatus()).as("request " + (i + 1)).isEqualTo(200);
        }
        var refused = api.get(token, "/api/v1/me", "en");

        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("45");
        assertThat(api.body(refused).get("detail").asString()).contains("try again in 45 seconds");
        assertThat(api.get(other, "/api/v1/me").getResponse().getStatus()).as("another token has its own limit")
                .isEqualTo(200);
        fixture.clock().set(today.plusDays(1).atTime(10, 1, 0));
        assertThat(api.get(token, "/api/v1/me").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void everyUseIsLoggedOnTheTokenWithTimeAndAddress() {
        var moment = today.plusDays(1).atTime(11, 45, 10);
        fixture.clock().set(moment);
        var token = api.token(committee.reader(), ApiTokenScope.READ);
        assertThat(fixture.as(committee.reader(), () -> tokens.mine()).getFirst().lastUsedAt()).isNull();

        api.get(token, "/api/v1/bodies");

        var used = fixture.as(committee.reader(), () -> tokens.mine()).getFirst();
        assertThat(used.lastUsedAt()).isEqualTo(moment);
        assertThat(used.lastUsedFrom()).isEqualTo(ApiClient.ADDRESS);
    }

    @Test
    void theOverdueActionsOfTheCallerAreOneFilterAway() {
        var token = api.token(owner, ApiTokenScope.READ);
        var overdue = fixture.action(committee.body(), fixture.actionData("Überfällig", owner.personId(), -3));
        fixture.action(committee.body(), fixture.actionData("Nicht meine", fixture.person("Andere").id(), -3));

        var page = api.body(api.get(token, "/api/v1/actions?mine=true&selection=OVERDUE&sort=deadline,asc"));

        assertThat(page.get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(overdue.id());
    }

    @Test
    void anUnknownAddressOrMethodGetsProblemJsonNotAPageOfTheScreens() {
        var token = api.token(committee.secretariat(), ApiTokenScope.READ_WRITE);

        var unknown = api.get(token, "/api/v1/gibt-es-nicht/3");
        var wrongMethod = api.call(token, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/actions/" + action.id()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(wrongMethod.getResponse().getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET").contains("PUT");
        assertThat(api.body(wrongMethod).get("detail").asString()).isEqualTo("This address does not support this HTTP method.");
        assertThat(SystemActor.call(() -> actions.get(action.id())).id()).isEqualTo(action.id());
    }

    private static String content(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
