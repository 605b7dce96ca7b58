package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionChanges;

import java.time.LocalDateTime;

/** One action of a round in the "changes since the last meeting" view, and whether its owner answered. */
public record ChangedAction(ActionChanges changes, LocalDateTime answeredAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
