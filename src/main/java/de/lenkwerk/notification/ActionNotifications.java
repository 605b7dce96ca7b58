package de.lenkwerk.notification;

import de.lenkwerk.action.ActionEvents;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tells owners when an action becomes theirs, and owner, deputy and (when the owner's side reported) the body's
 * secretariat when someone else changed it, reported progress or entered a measurement (ADR 008).
 */
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
        if (isActor(event.ownerPersonId(), event.actorPersonId())) {
            return;
        }
        notifications.send(new Notice(event.ownerPersonId(), NotificationKind.ASSIGNED, link(event.actionId()),
                List.of(event.number(), event.title(), event.deadline(), event.actorName())));
    }

    @EventListener
    void on(ActionEvents.Changed event) {
        if (actsAsOwner(event)) {
            return;
        }
        var recipients = new LinkedHashSet<Long>();
        recipients.add(event.ownerPersonId());
        if (event.deputyPersonId() != null) {
            recipients.add(event.deputyPersonId());
        }
        recipients.addAll(event.secretariatPersonIds().stream().sorted().toList());
        var kind = switch (event.what()) {
            case REPORTED -> NotificationKind.REPORTED;
            case MEASURED -> NotificationKind.MEASURED;
            case EDITED, INDICATOR, DECIDED -> NotificationKind.CHANGED;
        };
        List<Object> values = kind == NotificationKind.MEASURED
                ? List.of(event.number(), event.title(), event.actorName(), event.subject())
                : List.of(event.number(), event.title(), event.actorName());
        recipients.stream().filter(personId -> !isActor(personId, event.actorPersonId()))
                .forEach(personId -> notifications.send(new Notice(personId, kind, link(event.actionId()), values)));
    }

    private static boolean isActor(long personId, Long actorPersonId) {
        return actorPersonId != null && actorPersonId == personId;
    }

    /** Work done on the owner's behalf under their name (e.g. loading their reports) is not "someone else". */
    private boolean actsAsOwner(ActionEvents.Changed event) {
        return event.actorPersonId() == null && SystemActor.call(() -> people.get(event.ownerPersonId()))
                .map(p -> p.fullName().equals(event.actorName())).orElse(false);
    }

    static String link(long actionId) {
        return "massnahmen/" + actionId;
    }
}
