package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** What a client sends to create or replace an action: every field the secretariat edits on the screen. */
public record ActionWrite(
        @NotBlank @Size(max = ActionData.TITLE_MAX) String title,
        @Size(max = ActionData.DESCRIPTION_MAX) String description,
        @NotNull Long ownerPersonId,
        Long ownerOrganisationId,
        Long deputyPersonId,
        Set<Long> contributorIds,
        LocalDate startDate,
        @NotNull LocalDate deadline,
        @NotNull ActionStatus status,
        @NotNull @Min(0) @Max(100) Integer progress,
        Long sourceMeetingId,
        Long sourceAgendaItemId,
        @Size(max = ActionData.SOURCE_MAX) String sourceReference,
        Long parentId) {

    ActionData toData() {
        return new ActionData(title, description, ownerPersonId, ownerOrganisationId, deputyPersonId, contributorIds,
                startDate, deadline, status, progress, sourceMeetingId, sourceAgendaItemId, sourceReference, parentId);
    }
}
