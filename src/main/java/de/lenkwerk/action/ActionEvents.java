package de.lenkwerk.action;

import java.time.LocalDate;

/** What happened to an action, published after the change so that other features (notifications) can react. */
public final class ActionEvents {

    private ActionEvents() {
    }

    /** Someone became owner of an action: it was created for them or handed over to them. */
    public record Assigned(long actionId, String number, String title, LocalDate deadline, long ownerPersonId,
                           String actorName, Long actorPersonId) {
    }

    /** Someone changed an action or reported on it; the owner may want to know when it was not them. */
    public record Changed(long actionId, String number, String title, long ownerPersonId, String actorName,
                          Long actorPersonId) {
    }
}
