package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action handed over while a round is open: its unanswered requests move to the new owner, in the same
 * transaction as the hand-over, so the tracker shows and reminders reach the person who now has to answer.
 */
@Component
class StatusRequestHandover {

    private final StatusRequestRepository requests;

    StatusRequestHandover(StatusRequestRepository requests) {
        this.requests = requests;
    }

    @EventListener
    @Transactional
    void on(ActionEvents.Assigned assigned) {
        requests.handOver(assigned.actionId(), assigned.ownerPersonId());
    }
}
