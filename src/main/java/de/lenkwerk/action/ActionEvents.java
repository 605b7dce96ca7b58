package de.lenkwerk.action;

import java.time.LocalDate;
import java.util.Set;

/**
 * What happened to an action, published once per change by {@link ActionChangePath} so that other features
 * (notifications, status rounds) can react (ADR 008).
 */
public final class ActionEvents {

    private ActionEvents() {
    }

    /** What kind of change it was, for the words of a notification. */
    public enum What {
        /** The secretariat edited what was agreed, or overruled the traffic light. */
        EDITED,
        /** Someone reported progress (a note with status and progress). */
        REPORTED,
        /** Someone entered a measured value of an indicator; {@code subject} names the indicator. */
        MEASURED,
        /** The secretariat defined or changed an indicator; {@code subject} names it. */
        INDICATOR,
        /** A meeting decided on the action. */
        DECIDED
    }

    /** Someone became owner of an action: it was created for them or handed over to them. */
    public record Assigned(long actionId, String number, String title, LocalDate deadline, long ownerPersonId,
                           String actorName, Long actorPersonId) {
    }

    /**
     * Someone changed an action or reported on it; owner and deputy may want to know when it was not them, and the
     * body's secretariat when the owner's side reported ({@code secretariatPersonIds} is empty when the change came
     * from the secretariat itself).
     */
    public record Changed(long actionId, String number, String title, long ownerPersonId, Long deputyPersonId,
                          Set<Long> secretariatPersonIds, What what, String subject, String actorName,
                          Long actorPersonId) {

        public Changed {
            secretariatPersonIds = Set.copyOf(secretariatPersonIds);
        }
    }
}
