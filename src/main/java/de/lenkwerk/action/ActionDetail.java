package de.lenkwerk.action;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the action page shows, with the live traffic light and what the signed-in user may do; the owner's
 * confidence beside it, and whether the two disagree; whether owner and deputy can sign in (else "ohne Zugang").
 */
public record ActionDetail(
        Long id, long version, long bodyId, String bodyName, String number, String title, String description,
        Long ownerPersonId, String ownerName, Long ownerOrganisationId, String ownerOrganisationName,
        Long deputyPersonId, String deputyName, List<Long> contributorIds, List<String> contributorNames,
        LocalDate startDate, LocalDate deadline, ActionStatus status, int progress, boolean progressRolledUp,
        Long sourceMeetingId, Long sourceAgendaItemId, String sourceLabel, String sourceReference,
        Long parentId, String parentLabel,
        TrafficLight trafficLight, TrafficLight derivedTrafficLight, String overrideBy, LocalDateTime overrideAt,
        LocalDateTime lastUpdateAt, String updatedBy, LocalDateTime updatedAt,
        boolean canEdit, boolean canReport, Confidence confidence, Disagreement disagreement, String sourceLink,
        boolean ownerWithoutAccess, boolean deputyWithoutAccess) {

    public ActionData toData() {
        return new ActionData(title, description, ownerPersonId, ownerOrganisationId, deputyPersonId,
                java.util.Set.copyOf(contributorIds), startDate, deadline, status, progress, sourceMeetingId,
                sourceAgendaItemId, sourceReference, parentId);
    }
}
