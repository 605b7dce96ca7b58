package de.lenkwerk.action;

import java.time.LocalDate;
import java.util.List;

/** One row of an action list: what the row shows, fetched in one query. */
public record ActionListItem(Long id, String number, String title, Long bodyId, String bodyShortName, String ownerName,
                             String ownerOrganisation, LocalDate deadline, ActionStatus status, int progress, Rag rag,
                             String ragReason) {

    public List<TrafficLight.Reason> reasons() {
        return TrafficLight.decodeReasons(ragReason);
    }
}
