package de.lenkwerk.action;

import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import org.springframework.stereotype.Component;

/** Turns an action into what its page shows: names instead of ids, the light, and what the user may do with it. */
@Component
class ActionDetails {

    private final ActionRepository actions;
    private final ActionAccess access;
    private final TrafficLights trafficLights;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final PersonService people;
    private final OrganisationService organisations;

    ActionDetails(ActionRepository actions, ActionAccess access, TrafficLights trafficLights, BodyService bodies,
                  MeetingService meetings, PersonService people, OrganisationService organisations) {
        this.actions = actions;
        this.access = access;
        this.trafficLights = trafficLights;
        this.bodies = bodies;
        this.meetings = meetings;
        this.people = people;
        this.organisations = organisations;
    }

    ActionDetail of(Action action) {
        var owner = person(action.getOwnerPersonId());
        var deputy = action.getDeputyPersonId() == null ? null : person(action.getDeputyPersonId());
        var contributors = action.getContributorIds().stream().sorted()
                .map(id -> organisations.get(id).map(OrganisationItem::name).orElse("?")).toList();
        var derived = trafficLights.derive(action);
        var without = withoutAccess(java.util.Arrays.asList(action.getOwnerPersonId(), action.getDeputyPersonId()));
        var parentLabel = action.getParentId() == null ? null
                : actions.findById(action.getParentId()).map(p -> p.getNumber() + " " + p.getTitle()).orElse(null);
        var source = meetings.sourceLabel(action.getBodyId(), action.getSourceMeetingId(), action.getSourceAgendaItemId())
                .orElse(null);
        var rolledUp = !actions.findByParentId(action.getId()).isEmpty();
        return new ActionDetail(action.getId(), action.getVersion(), action.getBodyId(),
                bodies.nameForAction(action.getBodyId()), action.getNumber(), action.getTitle(),
                action.getDescription(), action.getOwnerPersonId(), owner == null ? "?" : owner.fullName(),
                action.getOwnerOrganisationId(),
                action.getOwnerOrganisationId() == null ? null
                        : organisations.get(action.getOwnerOrganisationId()).map(OrganisationItem::name).orElse(null),
                action.getDeputyPersonId(), deputy == null ? null : deputy.fullName(),
                action.getContributorIds().stream().sorted().toList(), contributors, action.getStartDate(),
                action.getDeadline(), action.getStatus(), action.getProgress(), rolledUp,
                action.getSourceMeetingId(), action.getSourceAgendaItemId(), source, action.getSourceReference(),
                action.getParentId(), parentLabel, action.effective(derived), derived, action.getRagOverrideBy(),
                action.getRagOverrideAt(), action.getLastUpdateAt(), action.getUpdatedBy(), action.getUpdatedAt(),
                access.canManage(action), access.canReport(action), action.getConfidence(),
                Disagreement.of(derived.colour(), action.getConfidence(), action.getRagOverride() != null),
                action.getSourceLink(), owner != null && without.contains(owner.id()),
                deputy != null && without.contains(deputy.id()));
    }

    /** Which of these people cannot sign in; nulls are ignored. */
    java.util.Set<Long> withoutAccess(java.util.Collection<Long> personIds) {
        var ids = personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return people.withoutAccess(ids);
    }

    /** The owner's name, "?" when the person is gone. */
    String ownerName(Action action) {
        var owner = person(action.getOwnerPersonId());
        return owner == null ? "?" : owner.fullName();
    }

    private PersonItem person(Long id) {
        return id == null ? null : people.get(id).orElse(null);
    }
}
