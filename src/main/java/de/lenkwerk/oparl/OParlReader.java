package de.lenkwerk.oparl;

import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.PublicAction;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.PublicBody;
import de.lenkwerk.body.PublicMembership;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.PublicMeeting;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what OParl may show, through the features' services. Each of their public read methods answers only for
 * published bodies, so a body that is not published and everything in it stays out, whoever asks and by any id.
 */
@Component
class OParlReader {

    private final BodyService bodies;
    private final PersonService people;
    private final OrganisationService organisations;
    private final MeetingService meetings;
    private final ActionService actions;

    OParlReader(BodyService bodies, PersonService people, OrganisationService organisations, MeetingService meetings,
                ActionService actions) {
        this.bodies = bodies;
        this.people = people;
        this.organisations = organisations;
        this.meetings = meetings;
        this.actions = actions;
    }

    List<PublicBody> bodies() {
        return bodies.publicBodies();
    }

    Optional<PublishedBody> body(long id) {
        return bodies.publicBody(id).map(body -> {
            var memberships = bodies.publicMemberships(id);
            var personIds = memberships.stream().map(m -> m.membership().personId()).distinct().toList();
            var organisationIds = memberships.stream().map(m -> m.membership().organisationId())
                    .filter(Objects::nonNull).distinct().toList();
            return PublishedBody.of(body, memberships, people.publicPeople(personIds),
                    organisations.publicOrganisations(organisationIds));
        });
    }

    /** A membership of a published body, with that body. */
    Optional<Membership> membership(long id) {
        return bodies().stream().map(b -> body(b.id()).orElseThrow())
                .flatMap(b -> b.memberships().stream().filter(m -> m.id() == id).map(m -> new Membership(b, m)))
                .findFirst();
    }

    List<PublicMeeting> meetings(long bodyId) {
        return meetings.publicMeetings(bodyId);
    }

    Optional<PublicMeeting> meeting(long id) {
        return meetings.publicMeeting(id);
    }

    Optional<PublicMeeting> meetingOfAgendaItem(long agendaItemId) {
        return meetings.publicMeetingOfAgendaItem(agendaItemId);
    }

    List<PublicAction> actions(long bodyId) {
        return actions.publicActions(bodyId);
    }

    /** An action of a published body. */
    Optional<PublicAction> action(long id) {
        return bodies().stream().flatMap(b -> actions(b.id()).stream()).filter(a -> a.action().id() == id)
                .findFirst();
    }

    record Membership(PublishedBody body, PublicMembership membership) {
    }
}
