package de.lenkwerk.oparl;

import de.lenkwerk.action.PublicAction;
import de.lenkwerk.body.PublicMembership;
import de.lenkwerk.meeting.PublicMeeting;
import de.lenkwerk.organisation.PublicPerson;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * The OParl objects and lists of the published bodies. Lists are filtered by the OParl time filters and paged;
 * deleted objects (removed memberships, and people or organisations left with none) stay in them, marked
 * {@code deleted: true}, so that a client that copied them learns of it.
 */
@Service
class OParlService {

    private final OParlReader reader;
    private final OParlObjects objects;
    private final OParlPages pages;
    private final OParlUrls urls;

    OParlService(OParlReader reader, OParlObjects objects, OParlPages pages, OParlUrls urls) {
        this.reader = reader;
        this.objects = objects;
        this.pages = pages;
        this.urls = urls;
    }

    ObjectNode system() {
        return objects.system("Lenkwerk");
    }

    Optional<ObjectNode> bodies(OParlFilter filter) {
        var bodies = reader.bodies().stream().filter(b -> filter.matches(b.created(), b.modified(), zone())).toList();
        return pages.page(urls.bodies(), bodies, filter, objects::body);
    }

    Optional<ObjectNode> body(long id) {
        return reader.body(id).map(b -> objects.body(b.body()));
    }

    Optional<ObjectNode> list(long bodyId, String list, OParlFilter filter) {
        return reader.body(bodyId).flatMap(body -> switch (list) {
            case "organizations" -> organisations(body, filter);
            case "people" -> people(body, filter);
            case "memberships" -> memberships(body, filter);
            case "meetings" -> meetings(body, filter);
            case "actions" -> actions(body, filter);
            case "papers" -> pages.page(urls.bodyList(bodyId, list), List.<ObjectNode>of(), filter, n -> n);
            default -> throw new IllegalArgumentException("no OParl list " + list);
        });
    }

    Optional<ObjectNode> committee(long bodyId) {
        return reader.body(bodyId).map(objects::committee);
    }

    Optional<ObjectNode> organisation(long bodyId, long organisationId) {
        return reader.body(bodyId).flatMap(body -> Optional.ofNullable(body.organisations().get(organisationId))
                .map(o -> objects.organisation(body, o)));
    }

    Optional<ObjectNode> person(long bodyId, long personId) {
        return reader.body(bodyId).flatMap(body -> Optional.ofNullable(body.people().get(personId))
                .map(p -> objects.person(body, p, false)));
    }

    Optional<ObjectNode> membership(long id) {
        return reader.membership(id).map(m -> objects.membership(m.body(), m.membership()));
    }

    Optional<ObjectNode> meeting(long id) {
        return reader.meeting(id).map(m -> objects.meeting(m, false));
    }

    Optional<ObjectNode> agendaItem(long id) {
        return reader.meetingOfAgendaItem(id).flatMap(m -> m.agenda().stream().filter(i -> i.id() == id).findFirst())
                .map(objects::agendaItem);
    }

    Optional<ObjectNode> action(long id) {
        return reader.action(id).map(objects::action);
    }

    ObjectNode newObject() {
        return objects.newObject();
    }

    String write(ObjectNode node) {
        return objects.write(node);
    }

    private Optional<ObjectNode> organisations(PublishedBody body, OParlFilter filter) {
        // the committee first, then the organisations its members sit for
        var committee = objects.committee(body);
        var committeeMatches = filter.matches(body.body().created(), body.body().modified(), zone());
        var others = body.organisationsInOrder().stream()
                .filter(o -> filter.matches(o.created(),
                        PublishedBody.latest(o.modified(), body.membershipsFor(o.id())), zone())).toList();
        var all = new java.util.ArrayList<ObjectNode>();
        if (committeeMatches) {
            all.add(committee);
        }
        others.stream().map(o -> objects.organisation(body, o)).forEach(all::add);
        return pages.page(urls.bodyList(body.id(), "organizations"), all, filter, n -> n);
    }

    private Optional<ObjectNode> people(PublishedBody body, OParlFilter filter) {
        List<PublicPerson> people = body.peopleInOrder().stream()
                .filter(p -> filter.matches(p.created(), PublishedBody.latest(p.modified(), body.membershipsOf(p.id())),
                        zone())).toList();
        return pages.page(urls.bodyList(body.id(), "people"), people, filter,
                p -> objects.person(body, p, filter.omitInternal()));
    }

    private Optional<ObjectNode> memberships(PublishedBody body, OParlFilter filter) {
        List<PublicMembership> memberships = body.memberships().stream()
                .filter(m -> filter.matches(m.created(), PublishedBody.modified(m), zone())).toList();
        return pages.page(urls.bodyList(body.id(), "memberships"), memberships, filter,
                m -> objects.membership(body, m));
    }

    private Optional<ObjectNode> meetings(PublishedBody body, OParlFilter filter) {
        List<PublicMeeting> meetings = reader.meetings(body.id()).stream()
                .filter(m -> filter.matches(m.created(), m.modified(), zone())).toList();
        return pages.page(urls.bodyList(body.id(), "meetings"), meetings, filter,
                m -> objects.meeting(m, filter.omitInternal()));
    }

    /** Actions carry no OParl times; the time filters do not narrow them. */
    private Optional<ObjectNode> actions(PublishedBody body, OParlFilter filter) {
        List<PublicAction> actions = reader.actions(body.id());
        return pages.page(urls.bodyList(body.id(), "actions"), actions, filter, objects::action);
    }

    private java.time.ZoneId zone() {
        return objects.zone();
    }
}
