package de.lenkwerk.api;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.SystemActor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API twins of the services' leak and lost-update tests: the secretariat of body A, with a valid read-write
 * token, gets nothing of body B — not by id, not by filter, not by paging through everything, not in a report —
 * and its refused writes change nothing. An unknown id and a foreign one get the same answer.
 */
@ServiceTest
class ApiLeakTest {

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

    private ApiClient api;
    private TestData.Committee mine;
    private ActionDetail own;
    private TestData.Committee other;
    private ActionDetail foreign;
    private IndicatorItem foreignIndicator;
    private MeetingItem foreignMeeting;
    private TestData.Account foreignOwner;
    private String token;

    @BeforeEach
    void setUp() {
        api = new ApiClient(context, fixture, tokens);
        var today = fixture.today();
        mine = fixture.committee("Gremium A", MembershipRole.SECRETARIAT);
        own = fixture.action(mine.body(), fixture.actionData("Eigene Vereinbarung", fixture.person("Eigen").id(), 20));
        other = fixture.committee("Gremium B", MembershipRole.SECRETARIAT, MembershipRole.READER);
        foreignOwner = fixture.account("Fremd verantwortlich");
        foreignMeeting = fixture.meeting(other.body(), "Sitzung B", today.atTime(10, 0), MeetingState.HELD);
        foreign = fixture.action(other.body(), fixture.actionData("Geheime Vereinbarung B", foreignOwner.personId(), -5),
                fixture.indicator("Fremder Indikator", 10, today.minusDays(10), today.plusDays(30)));
        fixture.measure(foreign, today, 3);
        foreignIndicator = SystemActor.call(() -> indicators.forAction(foreign.id())).getFirst();
        var reported = SystemActor.call(() -> actions.report(foreign.id(), actions.get(foreign.id()).version(),
                new ProgressReport("Interner Stand B", ActionStatus.IN_PROGRESS, 40)));
        foreign = reported;
        token = api.token(mine.secretariat(), ApiTokenScope.READ_WRITE);
    }

    @Test
    void nothingOfAnotherBodyIsThereByIdAndAnUnknownIdReadsTheSame() {
        var unknown = api.body(api.get(token, "/api/v1/actions/" + Long.MAX_VALUE));
        for (var path : List.of("/api/v1/bodies/" + other.id(), "/api/v1/bodies/" + other.id() + "/memberships",
                "/api/v1/bodies/" + other.id() + "/meetings", "/api/v1/meetings/" + foreignMeeting.id(),
                "/api/v1/actions/" + foreign.id(), "/api/v1/actions/" + foreign.id() + "/indicators",
                "/api/v1/actions/" + foreign.id() + "/progress-updates",
                "/api/v1/indicators/" + foreignIndicator.id() + "/measurements",
                "/api/v1/status-report?bodyId=" + other.id(), "/api/v1/status-report?meetingId=" + foreignMeeting.id())) {
            var answer = api.get(token, path);
            assertThat(answer.getResponse().getStatus()).as(path).isEqualTo(404);
            var problem = api.body(answer);
            assertThat(problem.get("type")).as(path).isEqualTo(unknown.get("type"));
            assertThat(problem.get("detail")).as(path).isEqualTo(unknown.get("detail"));
            assertThat(text(answer)).as(path).doesNotContain("Geheime").doesNotContain("Gremium B")
                    .doesNotContain("Interner Stand");
        }
    }

    @Test
    void writesToAnotherBodyAreNotFoundEvenWithTheRightOrAWrongVersionAndChangeNothing() {
        var right = "\"" + foreign.version() + "\"";
        var wrong = "\"" + (foreign.version() + 7) + "\"";
        var measurement = Map.<String, Object>of("measuredOn", fixture.today().toString(), "value", 9);
        var answers = new ArrayList<MvcResult>();
        for (var tag : List.of(right, wrong)) {
            answers.add(api.put(token, "/api/v1/actions/" + foreign.id(), tag,
                    ApiClient.action("Übernommen", foreignOwner.personId(), fixture.today().plusDays(9), 90)));
            answers.add(api.post(token, "/api/v1/actions/" + foreign.id() + "/progress-updates", tag,
                    Map.of("text", "Fremd", "status", "DONE", "progress", 100)));
            answers.add(api.post(token, "/api/v1/indicators/" + foreignIndicator.id() + "/measurements",
                    "\"" + (tag.equals(right) ? foreignIndicator.version() : foreignIndicator.version() + 7) + "\"",
                    measurement));
        }
        answers.add(api.post(token, "/api/v1/bodies/" + other.id() + "/actions", null,
                ApiClient.action("Untergeschoben", foreignOwner.personId(), fixture.today().plusDays(9), 0)));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getResponse().getStatus()).as(answer.getRequest().getRequestURI()).isEqualTo(404);
            assertThat(text(answer)).doesNotContain("changedBy").doesNotContain(other.secretariat().name());
        });
        var after = SystemActor.call(() -> actions.get(foreign.id()));
        assertThat(after.version()).isEqualTo(foreign.version());
        assertThat(after.title()).isEqualTo("Geheime Vereinbarung B");
        assertThat(SystemActor.call(() -> indicators.forAction(foreign.id())).getFirst().version())
                .isEqualTo(foreignIndicator.version());
        assertThat(SystemActor.call(() -> actions.count(de.lenkwerk.action.ActionFilter.ofBody(other.id()))))
                .isEqualTo(1);
    }

    @Test
    void filtersFindNothingOfAnotherBody() {
        for (var query : List.of("bodyId=" + other.id(), "meetingId=" + foreignMeeting.id(), "q=Geheime",
                "ownerPersonId=" + foreignOwner.personId(), "selection=OVERDUE&bodyId=" + other.id())) {
            var page = api.body(api.get(token, "/api/v1/actions?" + query));
            assertThat(page.get("totalItems").asLong()).as(query).isZero();
            assertThat(page.get("items")).as(query).isEmpty();
        }
        var bodies = api.body(api.get(token, "/api/v1/bodies?q=Gremium B"));
        assertThat(bodies.get("totalItems").asLong()).isZero();
    }

    @Test
    void pagingThroughEverythingReachesOnlyTheCallersActionsAndBodies() {
        fixture.action(mine.body(), fixture.actionData("Zweite eigene", fixture.person("Eigen 2").id(), 40));
        var seen = new HashSet<Long>();
        var first = api.body(api.get(token, "/api/v1/actions?size=1&page=0"));
        var total = first.get("totalItems").asLong();
        assertThat(total).isEqualTo(2);
        for (int page = 0; page < first.get("totalPages").asLong() + 1; page++) {
            api.body(api.get(token, "/api/v1/actions?size=1&sort=number,desc&page=" + page)).get("items")
                    .forEach(item -> seen.add(item.get("id").asLong()));
        }
        assertThat(seen).hasSize(2).contains(own.id()).doesNotContain(foreign.id());
        var bodyIds = new HashSet<Long>();
        api.body(api.get(token, "/api/v1/bodies?size=200")).get("items").forEach(b -> bodyIds.add(b.get("id").asLong()));
        assertThat(bodyIds).containsExactly(mine.id());
    }

    @Test
    void theReportHasOnlyTheCallersRows() throws Exception {
        var answer = api.get(token, "/api/v1/status-report");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).startsWith(StatusReportContentType.XLSX);
        var cells = cellTexts(answer.getResponse().getContentAsByteArray());
        assertThat(cells).contains(own.number()).doesNotContain(foreign.number())
                .noneMatch(c -> c.contains("Geheime") || c.contains("Fremder Indikator") || c.contains("Interner Stand"));
    }

    @Test
    void theOwnerWithoutARoleSeesTheirOwnActionButNotItsBody() {
        var ownerToken = api.token(foreignOwner, ApiTokenScope.READ);

        assertThat(api.get(ownerToken, "/api/v1/actions/" + foreign.id()).getResponse().getStatus()).isEqualTo(200);
        assertThat(api.get(ownerToken, "/api/v1/bodies/" + other.id()).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get(ownerToken, "/api/v1/bodies/" + other.id() + "/memberships").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api.get(ownerToken, "/api/v1/actions/" + own.id()).getResponse().getStatus()).isEqualTo(404);
        var page = api.body(api.get(ownerToken, "/api/v1/actions"));
        assertThat(page.get("items").findValuesAsString("number")).containsExactly(foreign.number());
    }

    private static Set<String> cellTexts(byte[] xlsx) throws Exception {
        var texts = new HashSet<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString()))));
        }
        return texts;
    }

    private static String text(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report's media type, as the API declares it. */
    private static final class StatusReportContentType {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
