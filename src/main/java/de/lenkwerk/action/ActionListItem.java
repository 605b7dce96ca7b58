package de.lenkwerk.action;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of an action list: what the row shows, fetched in one query; whether the owner can sign in comes from one
 * more query per page ({@code ownerWithoutAccess}: shown as "ohne Zugang").
 */
public record ActionListItem(Long id, String number, String title, Long bodyId, String bodyShortName, String ownerName,
                             String ownerOrganisation, LocalDate deadline, ActionStatus status, int progress, Rag rag,
                             String ragReason, Long ownerPersonId, boolean ownerWithoutAccess) {

    /** For the list's JPQL query; the access marker is added afterwards. */
    public ActionListItem(Long id, String number, String title, Long bodyId, String bodyShortName, String ownerName,
                          String ownerOrganisation, LocalDate deadline, ActionStatus status, int progress, Rag rag,
                          String ragReason, Long ownerPersonId) {
        this(id, number, title, bodyId, bodyShortName, ownerName, ownerOrganisation, deadline, status, progress, rag,
                ragReason, ownerPersonId, false);
    }

    public List<TrafficLight.Reason> reasons() {
        return TrafficLight.decodeReasons(ragReason);
    }

    ActionListItem withOwnerWithoutAccess(boolean withoutAccess) {
        return new ActionListItem(id, number, title, bodyId, bodyShortName, ownerName, ownerOrganisation, deadline,
                status, progress, rag, ragReason, ownerPersonId, withoutAccess);
    }
}
