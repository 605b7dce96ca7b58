package de.lenkwerk.oparl;

import de.lenkwerk.action.PublicAction;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.body.PublicBody;
import de.lenkwerk.body.PublicMembership;
import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.PublicMeeting;
import de.lenkwerk.organisation.PublicOrganisation;
import de.lenkwerk.organisation.PublicPerson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Turns Lenkwerk's records into OParl 1.1 objects. Texts (roles, states, traffic-light reasons) are German, the
 * language of the committees. Lenkwerk's own data sits under the {@code lenkwerk:} prefix, as OParl allows.
 */
@Component
class OParlObjects {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    /** The type of Lenkwerk's own objects (actions): not an OParl type, so under Lenkwerk's vendor prefix. */
    static final String ACTION_TYPE = "lenkwerk:Action";

    private final JsonMapper json = JsonMapper.builder().build();
    private final OParlUrls urls;
    private final Translations translations;
    private final ZoneId zone;

    OParlObjects(OParlUrls urls, Translations translations, Clock clock) {
        this.urls = urls;
        this.translations = translations;
        this.zone = clock.getZone();
    }

    ZoneId zone() {
        return zone;
    }

    ObjectNode system(String name) {
        var node = json.createObjectNode();
        node.put("id", urls.system());
        node.put("type", SCHEMA + "System");
        node.put("oparlVersion", SCHEMA);
        node.put("name", name);
        node.put("body", urls.bodies());
        return node;
    }

    ObjectNode body(PublicBody published) {
        var body = published.body();
        var id = body.id();
        var node = object(urls.body(id), "Body");
        node.put("system", urls.system());
        node.put("name", body.name());
        node.put("shortName", body.shortName());
        node.put("classification", label(body.type()));
        node.put("mainOrganization", urls.committee(id));
        node.put("organization", urls.bodyList(id, "organizations"));
        node.put("person", urls.bodyList(id, "people"));
        node.put("membership", urls.bodyList(id, "memberships"));
        node.put("meeting", urls.bodyList(id, "meetings"));
        node.put("paper", urls.bodyList(id, "papers"));
        node.putArray("legislativeTerm");
        node.put("lenkwerk:actions", urls.bodyList(id, "actions"));
        node.put("lenkwerk:archived", body.archived());
        if (body.description() != null) {
            node.put("lenkwerk:description", body.description());
        }
        times(node, published.created(), published.modified());
        return node;
    }

    /** The committee itself as the body's main organisation ("Gremium"). */
    ObjectNode committee(PublishedBody body) {
        var item = body.body().body();
        var node = object(urls.committee(item.id()), "Organization");
        node.put("body", urls.body(item.id()));
        node.put("name", item.name());
        node.put("shortName", item.shortName());
        node.put("organizationType", "Gremium");
        node.put("classification", label(item.type()));
        var members = node.putArray("membership");
        body.memberships().stream().filter(m -> !m.isRemoved()).forEach(m -> members.add(urls.membership(m.id())));
        node.put("meeting", urls.bodyList(item.id(), "meetings"));
        times(node, body.body().created(), body.body().modified());
        return node;
    }

    /** An organisation that members of the body sit for, e.g. a Jobcenter. */
    ObjectNode organisation(PublishedBody body, PublicOrganisation organisation) {
        var bodyId = body.id();
        var memberships = body.membershipsFor(organisation.id());
        var node = object(urls.organisation(bodyId, organisation.id()), "Organization");
        var modified = PublishedBody.latest(organisation.modified(), memberships);
        if (PublishedBody.allRemoved(memberships)) {
            return deleted(node, organisation.created(), modified);
        }
        var item = organisation.organisation();
        node.put("body", urls.body(bodyId));
        node.put("name", item.name());
        node.put("shortName", item.shortName());
        node.put("organizationType", "Institution");
        node.put("classification", label(item.type()));
        times(node, organisation.created(), modified);
        return node;
    }

    ObjectNode person(PublishedBody body, PublicPerson person, boolean omitInternal) {
        var memberships = body.membershipsOf(person.id());
        var node = object(urls.person(body.id(), person.id()), "Person");
        var modified = PublishedBody.latest(person.modified(), memberships);
        if (PublishedBody.allRemoved(memberships)) {
            return deleted(node, person.created(), modified);
        }
        node.put("body", urls.body(body.id()));
        node.put("name", person.fullName());
        if (person.email() != null) {
            node.putArray("email").add(person.email());
        }
        if (!omitInternal) {
            var embedded = node.putArray("membership");
            memberships.stream().filter(m -> !m.isRemoved()).forEach(m -> embedded.add(membership(body, m)));
        }
        times(node, person.created(), modified);
        return node;
    }

    ObjectNode membership(PublishedBody body, PublicMembership published) {
        var membership = published.membership();
        var node = object(urls.membership(published.id()), "Membership");
        if (published.isRemoved()) {
            return deleted(node, published.created(), PublishedBody.modified(published));
        }
        node.put("person", urls.person(body.id(), membership.personId()));
        node.put("organization", urls.committee(body.id()));
        node.put("role", label(membership.role()));
        if (membership.organisationId() != null) {
            node.put("onBehalfOf", urls.organisation(body.id(), membership.organisationId()));
        }
        if (membership.validFrom() != null) {
            node.put("startDate", membership.validFrom().toString());
        }
        if (membership.validTo() != null) {
            node.put("endDate", membership.validTo().toString());
        }
        times(node, published.created(), published.modified());
        return node;
    }

    ObjectNode meeting(PublicMeeting published, boolean omitInternal) {
        var meeting = published.meeting();
        var node = object(urls.meeting(meeting.id()), "Meeting");
        node.put("name", meeting.title());
        node.put("meetingState", label(meeting.state()));
        node.put("start", time(meeting.startsAt()));
        node.putArray("organization").add(urls.committee(meeting.bodyId()));
        if (meeting.place() != null) {
            node.put("lenkwerk:place", meeting.place());
        }
        if (!omitInternal) {
            var items = node.putArray("agendaItem");
            published.agenda().forEach(item -> items.add(agendaItem(item)));
        }
        times(node, published.created(), published.modified());
        return node;
    }

    /** Agenda items carry no times of their own in Lenkwerk; their notes are the secretariat's, not published. */
    ObjectNode agendaItem(AgendaEntry item) {
        var node = object(urls.agendaItem(item.id()), "AgendaItem");
        node.put("meeting", urls.meeting(item.meetingId()));
        node.put("number", String.valueOf(item.number()));
        node.put("order", item.number());
        node.put("name", item.title());
        node.put("public", true);
        return node;
    }

    /** An action with its traffic light and indicators: Lenkwerk's own object, every field under its prefix. */
    ObjectNode action(PublicAction published) {
        var action = published.action();
        var node = json.createObjectNode();
        node.put("id", urls.action(action.id()));
        node.put("type", ACTION_TYPE);
        node.put("body", urls.body(action.bodyId()));
        node.put("lenkwerk:number", action.number());
        node.put("lenkwerk:title", action.title());
        node.put("lenkwerk:status", label(action.status()));
        node.put("lenkwerk:progress", action.progress());
        node.put("lenkwerk:deadline", action.deadline().toString());
        if (action.ownerOrganisation() != null) {
            node.put("lenkwerk:ownerOrganisation", action.ownerOrganisation());
        }
        var light = node.putObject("lenkwerk:trafficLight");
        light.put("colour", action.rag().name().toLowerCase(java.util.Locale.ROOT));
        light.put("label", label(action.rag()));
        var reasons = light.putArray("reasons");
        action.reasons().forEach(r -> reasons.add(translations.text(SupportedLocales.DEFAULT, r.key(),
                Translations.storedArguments(translations.text(SupportedLocales.DEFAULT, r.key()), r.args()))));
        var indicators = node.putArray("lenkwerk:indicators");
        for (var indicator : published.indicators()) {
            var item = indicators.addObject();
            item.put("name", indicator.name());
            item.put("unit", indicator.unit());
            number(item, "baseline", indicator.baselineValue());
            item.put("baselineDate", indicator.baselineDate().toString());
            number(item, "target", indicator.targetValue());
            item.put("targetDate", indicator.targetDate().toString());
            number(item, "latest", indicator.latestValue());
            if (indicator.latestDate() != null) {
                item.put("latestDate", indicator.latestDate().toString());
            }
            item.put("achievementPercent", indicator.achievementPercent());
            item.put("behind", indicator.behind());
        }
        return node;
    }

    ObjectNode newObject() {
        return json.createObjectNode();
    }

    String write(ObjectNode node) {
        return json.writeValueAsString(node);
    }

    private ObjectNode object(String id, String type) {
        var node = json.createObjectNode();
        node.put("id", id);
        node.put("type", SCHEMA + type);
        return node;
    }

    /** What OParl keeps of a deleted object: its id and type, its times and the mark. */
    private ObjectNode deleted(ObjectNode node, LocalDateTime created, LocalDateTime modified) {
        times(node, created, modified);
        node.put("deleted", true);
        return node;
    }

    private void times(ObjectNode node, LocalDateTime created, LocalDateTime modified) {
        if (created != null) {
            node.put("created", time(created));
        }
        if (modified != null) {
            node.put("modified", time(modified));
        }
    }

    private String time(LocalDateTime time) {
        return time.atZone(zone).toOffsetDateTime().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void number(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            // 200, not 2E+2
            node.put(name, new BigDecimal(value.stripTrailingZeros().toPlainString()));
        }
    }

    private String label(Enum<?> value) {
        return translations.text(SupportedLocales.DEFAULT, EnumLabels.key(value));
    }

    static List<String> lists() {
        return List.of("organizations", "people", "memberships", "meetings", "papers", "actions");
    }
}
