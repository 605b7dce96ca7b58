package de.lenkwerk.statusround;

import de.lenkwerk.action.ActionStatus;

import java.util.List;

/**
 * One saved answer from a personal link, for one action, with the version of the action it was typed against.
 * Fields that were not asked are ignored; the service fills them from the action as it is.
 */
public record LinkAnswer(long actionId, long actionVersion, ActionStatus status, Integer progress, String text,
                         String reason, List<MeasurementAnswer> measurements) {

    public static final int REASON_MAX = 1000;

    public LinkAnswer {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
    }
}
