package de.lenkwerk.notification;

import de.lenkwerk.action.ActionEvents;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Tells owners when an action becomes theirs, and when someone else changed or reported on it. */
@Component
class ActionNotifications {

    private final NotificationService notifications;
    private final PersonService people;

    ActionNotifications(NotificationService notifications, PersonService people) {
        this.notifications = notifications;
        this.people = people;
    }

    @EventListener
    void on(ActionEvents.Assigned event) {
        if (isOwnerThemself(event.ownerPersonId(), event.actorPersonId())) {
            return;
        }
        notifications.send(new Notice(event.ownerPersonId(), NotificationKind.ASSIGNED, link(event.actionId()),
                List.of(event.number(), event.title(), event.deadline(), event.actorName())));
    }

    @EventListener
    void on(ActionEvents.Changed event) {
        if (isOwnerThemself(event.ownerPersonId(), event.actorPersonId()) || actsAsOwner(event)) {
            return;
        }
        notifications.send(new Notice(event.ownerPersonId(), NotificationKind.CHANGED, link(event.actionId()),
                List.of(event.number(), event.title(), event.actorName())));
    }

    private static boolean isOwnerThemself(long ownerPersonId, Long actorPersonId) {
        return actorPersonId != null && actorPersonId == ownerPersonId;
    }

    /** Work done on someone's behalf under their name (e.g. loading their reports) is not "someone else". */
    private boolean actsAsOwner(ActionEvents.Changed event) {
        return event.actorPersonId() == null && SystemActor.call(() -> people.get(event.ownerPersonId()))
                .map(p -> p.fullName().equals(event.actorName())).orElse(false);
    }

    static String link(long actionId) {
        return "massnahmen/" + actionId;
    }
}
