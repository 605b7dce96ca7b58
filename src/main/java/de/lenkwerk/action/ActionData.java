package de.lenkwerk.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/** What the secretariat edits about an action. The number is given by Lenkwerk and never part of the form. */
public record ActionData(
        @NotBlank @Size(max = TITLE_MAX) String title,
        @Size(max = DESCRIPTION_MAX) String description,
        @NotNull Long ownerPersonId,
        Long ownerOrganisationId,
        Long deputyPersonId,
        Set<Long> contributorIds,
        LocalDate startDate,
        @NotNull LocalDate deadline,
        @NotNull ActionStatus status,
        @Min(0) @Max(100) int progress,
        Long sourceMeetingId,
        Long sourceAgendaItemId,
        @Size(max = SOURCE_MAX) String sourceReference,
        Long parentId) {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SOURCE_MAX = 300;

    public ActionData {
        contributorIds = contributorIds == null ? Set.of() : Set.copyOf(contributorIds);
    }
}
