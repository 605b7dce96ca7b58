package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One action with its live traffic light (colour and reasons in the caller's language) and what the caller may do
 * with it. {@code version} is also the ETag.
 */
public record ActionDto(long id, long version, long bodyId, String bodyName, String number, String title,
                        String description, Long ownerPersonId, String ownerName, Long ownerOrganisationId,
                        String ownerOrganisationName, Long deputyPersonId, String deputyName,
                        List<Long> contributorIds, LocalDate startDate, LocalDate deadline, ActionStatus status,
                        int progress, boolean progressRolledUp, Long sourceMeetingId, Long sourceAgendaItemId,
                        String sourceReference, Long parentId, Rag rag, List<String> ragReasons,
                        String updatedBy, LocalDateTime updatedAt, boolean canEdit, boolean canReport) {

    static ActionDto of(ActionDetail a, List<String> ragReasons) {
        return new ActionDto(a.id(), a.version(), a.bodyId(), a.bodyName(), a.number(), a.title(), a.description(),
                a.ownerPersonId(), a.ownerName(), a.ownerOrganisationId(), a.ownerOrganisationName(),
                a.deputyPersonId(), a.deputyName(), a.contributorIds(), a.startDate(), a.deadline(), a.status(),
                a.progress(), a.progressRolledUp(), a.sourceMeetingId(), a.sourceAgendaItemId(), a.sourceReference(),
                a.parentId(), a.trafficLight().colour(), ragReasons, a.updatedBy(), a.updatedAt(), a.canEdit(),
                a.canReport());
    }
}
