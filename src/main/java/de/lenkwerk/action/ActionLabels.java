package de.lenkwerk.action;

import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import org.springframework.stereotype.Component;

/** Names instead of ids for the people, organisations and records an action refers to: history is read by people. */
@Component
class ActionLabels implements Action.Labels {

    private final ActionRepository actions;
    private final PersonService people;
    private final OrganisationService organisations;
    private final MeetingService meetings;

    ActionLabels(ActionRepository actions, PersonService people, OrganisationService organisations,
                 MeetingService meetings) {
        this.actions = actions;
        this.people = people;
        this.organisations = organisations;
        this.meetings = meetings;
    }

    @Override
    public String person(Long id) {
        return id == null ? null : people.get(id).map(PersonItem::fullName).orElse("#" + id);
    }

    @Override
    public String organisation(Long id) {
        return id == null ? null : organisations.get(id).map(OrganisationItem::name).orElse("#" + id);
    }

    @Override
    public String source(Action action) {
        return meetings.sourceLabel(action.getBodyId(), action.getSourceMeetingId(), action.getSourceAgendaItemId())
                .orElse(null);
    }

    @Override
    public String action(Long id) {
        return id == null ? null : actions.findById(id).map(Action::getNumber).orElse("#" + id);
    }

    /** The action as history records it. */
    Snapshot snapshot(Action action) {
        return action.snapshot(this);
    }

    static RecordRef ref(Action action) {
        return ref(RecordType.ACTION, action.getId(), action);
    }

    /** A record that belongs to the action (an indicator, a measurement), filed under the action's history. */
    static RecordRef ref(RecordType type, long recordId, Action action) {
        return new RecordRef(type, recordId, action.getBodyId(), action.getId());
    }
}
