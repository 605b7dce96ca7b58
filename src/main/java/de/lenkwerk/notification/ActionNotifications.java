package de.lenkwerk.notification;

import de.lenkwerk.action.ActionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Tells owners when an action becomes theirs, and when someone else changed or reported on it. */
@Component
class ActionNotifications {

    private final NotificationService notifications;

    ActionNotifications(NotificationService notifications) {
        this.notifications = notifications;
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
        if (isOwnerThemself(event.ownerPersonId(), event.actorPersonId())) {
            return;
        }
        notifications.send(new Notice(event.ownerPersonId(), NotificationKind.CHANGED, link(event.actionId()),
                List.of(event.number(), event.title(), event.actorName())));
    }

    private static boolean isOwnerThemself(long ownerPersonId, Long actorPersonId) {
        return actorPersonId != null && actorPersonId == ownerPersonId;
    }

    static String link(long actionId) {
        return "massnahmen/" + actionId;
    }
}
