package de.lenkwerk.action;

import de.lenkwerk.history.HistoryEntry;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What happened to one action since a point in time, e.g. the last meeting: its changed fields (oldest first),
 * the owner's progress reports and the new measurements. {@code createdSince}: the action itself is new.
 */
public record ActionChanges(long actionId, String number, String title, Long ownerPersonId, String ownerName,
                            boolean ownerWithoutAccess, TrafficLight trafficLight,
                            boolean createdSince, LocalDateTime since, List<HistoryEntry> fieldChanges,
                            List<ProgressUpdateItem> reports, List<MeasurementChange> measurements) {

    public ActionChanges {
        fieldChanges = List.copyOf(fieldChanges);
        reports = List.copyOf(reports);
        measurements = List.copyOf(measurements);
    }

    public boolean isEmpty() {
        return !createdSince && fieldChanges.isEmpty() && reports.isEmpty() && measurements.isEmpty();
    }
}
