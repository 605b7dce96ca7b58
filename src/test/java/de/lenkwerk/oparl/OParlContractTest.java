package de.lenkwerk.oparl;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionListItem;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of the OParl interface, checked as an OParl validator would: starting at {@code System}, follow every
 * URL of the demo data, validate every object (embedded ones too) against the official OParl 1.1 schema, check that
 * every referenced address answers, that an object's own address answers with exactly the object the list showed,
 * and that paging reaches every object of every list. Then make sure the bodies that are not published are not
 * there at all, by any address.
 */
@OParlHttpTest
class OParlContractTest {

    @LocalServerPort
    int port;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actions;
    @Autowired
    PersonService people;

    private OParlClient client;
    private final OParlSchemas schemas = new OParlSchemas();

    @BeforeEach
    void client() {
        client = new OParlClient(port);
    }

    @Test
    void aValidatorWalkingFromSystemFindsEveryObjectValidEveryLinkAnsweredAndEveryPageReached() {
        var walk = new Walk();
        walk.from(OParlClient.ROOT + "/system");

        assertThat(walk.schemaErrors).as("schema errors").isEmpty();
        assertThat(walk.problems).as("addresses that did not answer as they should").isEmpty();
        // the demo has two published bodies; the walk saw each with all its kinds of objects
        var published = published();
        assertThat(published).hasSizeGreaterThanOrEqualTo(2);
        for (var body : published) {
            assertThat(walk.fetched).contains(OParlClient.ROOT + "/body/" + body.id());
        }
        assertThat(walk.typesSeen).contains("System", "Body", "Organization", "Person", "Membership", "Meeting",
                "AgendaItem");
        assertThat(walk.listsWithSeveralPages).as("lists long enough to page").isNotEmpty();
        assertThat(walk.lenkwerkActions).as("actions as vendor objects").isNotEmpty();
        // every action of the published bodies, with its traffic light, is reachable
        var expectedActions = published.stream().mapToLong(b -> SystemActor.call(() ->
                actions.count(ActionFilter.ofBody(b.id())))).sum();
        assertThat(walk.lenkwerkActions).hasSize((int) expectedActions);
    }

    @Test
    void aBodyThatIsNotPublishedAndEverythingInItAnswers404ByAnyAddress() {
        var hidden = SystemActor.call(() -> bodies.search("", true, Pageable.unpaged()).stream()
                .filter(b -> !b.oparlPublic()).toList());
        assertThat(hidden).extracting(BodyItem::shortName).contains("AG Sprache DD", "SV Leipzig");
        var publishedId = published().getFirst().id();
        var guessed = new ArrayList<String>();
        for (var body : hidden) {
            var id = body.id();
            guessed.add("/body/" + id);
            for (var list : OParlObjects.lists()) {
                guessed.add("/body/" + id + "/" + list);
            }
            guessed.add("/body/" + id + "/organization/gremium");
            List<MembershipItem> members = SystemActor.call(() -> bodies.members(id, Pageable.unpaged()));
            for (var member : members) {
                guessed.add("/membership/" + member.id());
                guessed.add("/body/" + id + "/person/" + member.personId());
                if (member.organisationId() != null) {
                    guessed.add("/body/" + id + "/organization/" + member.organisationId());
                }
            }
            List<MeetingItem> held = SystemActor.call(() -> meetings.forBody(id, Pageable.unpaged()));
            for (var meeting : held) {
                guessed.add("/meeting/" + meeting.id());
                List<AgendaEntry> agenda = SystemActor.call(() -> meetings.agenda(meeting.id()));
                agenda.forEach(item -> guessed.add("/agendaitem/" + item.id()));
            }
            List<ActionListItem> agreed = SystemActor.call(() -> actions.list(ActionFilter.ofBody(id), Pageable.unpaged()));
            agreed.forEach(action -> guessed.add("/action/" + action.id()));
        }
        // a member only of hidden bodies is not a person of a published one either
        guessed.add("/body/" + publishedId + "/person/" + onlyInHiddenBodies(hidden));
        guessed.add("/body/999999999");
        guessed.add("/meeting/abc");

        assertThat(guessed).hasSizeGreaterThan(20);
        for (var path : guessed) {
            var answer = client.get(OParlClient.ROOT + path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(answer.response().body()).as(path).doesNotContain("Sprache", "Leipzig");
        }
        // and nothing published points at them
        var walk = new Walk();
        walk.from(OParlClient.ROOT + "/system");
        for (var body : hidden) {
            assertThat(walk.fetched).noneMatch(url -> url.startsWith(OParlClient.ROOT + "/body/" + body.id() + "/")
                                                      || url.equals(OParlClient.ROOT + "/body/" + body.id()));
        }
    }

    @Test
    void theInterfaceIsOpenToEveryOriginWithoutSessionOrCookie() {
        var answer = client.get(OParlClient.ROOT + "/system");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.header("Set-Cookie")).isNull();
        assertThat(answer.body().path("oparlVersion").asString()).isEqualTo("https://schema.oparl.org/1.1/");
        // an unknown address below the interface is a plain 404, never the sign-in page
        var unknown = client.get(OParlClient.ROOT + "/paper/1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Location")).isNull();
    }

    @Test
    void onlyThePersonWhoAgreedShowsAnEmailAddress() {
        var walk = new Walk();
        walk.from(OParlClient.ROOT + "/system");

        // the demo's secretariat agreed; the owner at the Jobcenter, a member too, did not
        assertThat(walk.emails).as("e-mail addresses shown").contains("sabine.hoffmann@dresden.example")
                .doesNotContain("markus.lehmann@jobcenter-dresden.example");
        assertThat(walk.peopleWithEmail).isNotEmpty().allSatisfy(personId ->
                assertThat(SystemActor.call(() -> people.isEmailPublic(personId))).as("person " + personId).isTrue());
    }

    @Test
    void theSchemasRefuseObjectsThatBreakThem() {
        var good = client.get(OParlClient.ROOT + "/system").body();
        assertThat(schemas.errors(good)).isEmpty();
        var broken = good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken).remove("body");
        ((tools.jackson.databind.node.ObjectNode) broken).put("license", "keine Adresse");
        assertThat(schemas.errors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    private List<BodyItem> published() {
        return SystemActor.call(() -> bodies.search("", true, Pageable.unpaged()).stream()
                .filter(BodyItem::oparlPublic).toList());
    }

    private long onlyInHiddenBodies(List<BodyItem> hidden) {
        var inPublished = new HashSet<Long>();
        for (var body : published()) {
            SystemActor.call(() -> bodies.members(body.id(), Pageable.unpaged())).forEach(m -> inPublished.add(m.personId()));
        }
        for (var body : hidden) {
            for (var member : SystemActor.call(() -> bodies.members(body.id(), Pageable.unpaged()))) {
                if (!inPublished.contains(member.personId())) {
                    return member.personId();
                }
            }
        }
        throw new AssertionError("the demo has a member of a hidden body only");
    }

    /** A breadth-first walk over every address the interface hands out. */
    private final class Walk {

        final Set<String> fetched = new LinkedHashSet<>();
        final List<String> schemaErrors = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Set<String> typesSeen = new HashSet<>();
        final Set<String> listsWithSeveralPages = new HashSet<>();
        final Set<String> emails = new HashSet<>();
        final Set<Long> peopleWithEmail = new HashSet<>();
        final Map<String, JsonNode> shownInLists = new HashMap<>();
        final Set<String> lenkwerkActions = new HashSet<>();
        private final ArrayDeque<String> queue = new ArrayDeque<>();

        void from(String start) {
            queue.add(start);
            while (!queue.isEmpty()) {
                var url = queue.poll();
                if (!fetched.add(url)) {
                    continue;
                }
                var answer = client.get(url);
                if (answer.status() != 200 || !"*".equals(answer.header("Access-Control-Allow-Origin"))) {
                    problems.add(url + " answered " + answer.status());
                    continue;
                }
                if (answer.body().has("data") && answer.body().has("pagination")) {
                    if (url.contains("page=")) {
                        // a later page, reached through "last" or "prev": its objects count, its list was walked
                        answer.body().path("data").forEach(this::object);
                        addresses(answer.body().path("links"));
                    } else {
                        list(url, answer.body());
                    }
                } else {
                    object(answer.body());
                    var shown = shownInLists.get(url);
                    if (shown != null && !shown.equals(answer.body())) {
                        problems.add(url + " differs from the object in its list");
                    }
                }
            }
        }

        /** One list, from its first page to its last along {@code links.next}. */
        private void list(String url, JsonNode first) {
            var total = first.path("pagination").path("totalElements").asInt(-1);
            var ids = new LinkedHashSet<String>();
            var page = first;
            var pages = 1;
            while (true) {
                for (var item : page.path("data")) {
                    ids.add(item.path("id").asString());
                    shownInLists.put(item.path("id").asString(), item);
                    object(item);
                }
                var next = page.path("links").path("next");
                if (next.isMissingNode()) {
                    break;
                }
                var answer = client.get(next.asString());
                fetched.add(next.asString());
                if (answer.status() != 200) {
                    problems.add(next.asString() + " answered " + answer.status());
                    break;
                }
                page = answer.body();
                pages++;
            }
            addresses(first.path("links"));
            if (ids.size() != total) {
                problems.add(url + ": paging reached " + ids.size() + " of " + total + " objects");
            }
            if (pages != first.path("pagination").path("totalPages").asInt(-1)) {
                problems.add(url + ": " + pages + " pages walked, " + first.path("pagination").path("totalPages"));
            }
            if (pages > 1) {
                listsWithSeveralPages.add(url);
            }
        }

        /** Validates an object and the objects embedded in it, and queues every address it mentions. */
        private void object(JsonNode node) {
            var type = node.path("type").asString("");
            if (type.startsWith(OParlObjects.SCHEMA)) {
                typesSeen.add(type.substring(OParlObjects.SCHEMA.length()));
                schemas.errors(node).forEach(e -> schemaErrors.add(node.path("id").asString() + ": " + e));
            } else if (type.equals(OParlObjects.ACTION_TYPE)) {
                lenkwerkActions.add(node.path("id").asString());
                checkAction(node);
            }
            if (node.has("email")) {
                node.path("email").forEach(e -> emails.add(e.asString()));
                var id = node.path("id").asString();
                peopleWithEmail.add(Long.parseLong(id.substring(id.lastIndexOf('/') + 1)));
            }
            addresses(node);
        }

        private void checkAction(JsonNode action) {
            var light = action.path("lenkwerk:trafficLight");
            if (!Set.of("grey", "green", "amber", "red").contains(light.path("colour").asString(""))
                || !light.path("reasons").isArray() || action.path("lenkwerk:number").asString("").isBlank()) {
                problems.add(action.path("id").asString() + ": incomplete action " + action);
            }
        }

        private void addresses(JsonNode node) {
            if (node.isString()) {
                var text = node.asString();
                if (text.startsWith(OParlClient.ROOT)) {
                    queue.add(text);
                } else if (text.startsWith("http") && text.contains("/oparl/")) {
                    problems.add("address outside the public address: " + text);
                }
                return;
            }
            for (var child : node) {
                if (child.isObject() && child.has("type")) {
                    object(child);
                } else {
                    addresses(child);
                }
            }
        }
    }
}
