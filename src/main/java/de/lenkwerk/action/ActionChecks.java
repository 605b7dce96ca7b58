package de.lenkwerk.action;

import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonService;
import org.springframework.stereotype.Component;

/** What an action's data must satisfy beyond the field constraints, for every caller, not only the form. */
@Component
class ActionChecks {

    private final ActionRepository actions;
    private final PersonService people;
    private final OrganisationService organisations;
    private final MeetingService meetings;

    ActionChecks(ActionRepository actions, PersonService people, OrganisationService organisations,
                 MeetingService meetings) {
        this.actions = actions;
        this.people = people;
        this.organisations = organisations;
        this.meetings = meetings;
    }

    /** The checked data, with the owner's organisation filled in when none was given. */
    ActionData check(long bodyId, Long id, ActionData data) {
        if (data.startDate() != null && data.deadline().isBefore(data.startDate())) {
            throw new UserFacingException("action.error.deadline-before-start");
        }
        var owner = people.get(data.ownerPersonId()).orElseThrow(() -> new UserFacingException("action.error.owner"));
        if (data.deputyPersonId() != null) {
            if (data.deputyPersonId().equals(data.ownerPersonId())) {
                throw new UserFacingException("action.error.deputy-is-owner");
            }
            people.get(data.deputyPersonId()).orElseThrow(() -> new UserFacingException("action.error.owner"));
        }
        for (var organisationId : data.contributorIds()) {
            organisations.get(organisationId).orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
        }
        if (data.ownerOrganisationId() != null) {
            organisations.get(data.ownerOrganisationId())
                    .orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
        }
        meetings.sourceLabel(bodyId, data.sourceMeetingId(), data.sourceAgendaItemId());
        checkParent(bodyId, id, data.parentId());
        var organisationId = data.ownerOrganisationId() != null ? data.ownerOrganisationId() : owner.organisationId();
        return new ActionData(data.title(), data.description(), data.ownerPersonId(), organisationId,
                data.deputyPersonId(), data.contributorIds(), data.startDate(), data.deadline(), data.status(),
                data.progress(), data.sourceMeetingId(), data.sourceAgendaItemId(), data.sourceReference(),
                data.parentId());
    }

    /** The parent must be an action of the same body and must not be the action itself or below it. */
    private void checkParent(long bodyId, Long id, Long parentId) {
        var current = parentId;
        while (current != null) {
            var parent = actions.findById(current).orElseThrow(() -> new UserFacingException("action.error.parent"));
            if (parent.getBodyId() != bodyId || parent.getId().equals(id)) {
                throw new UserFacingException("action.error.parent");
            }
            current = parent.getParentId();
        }
    }
}
