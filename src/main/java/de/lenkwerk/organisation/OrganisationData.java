package de.lenkwerk.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a form edits about an organisation; the service validates the same constraints for every caller. */
public record OrganisationData(
        @NotBlank @Size(max = NAME_MAX) String name,
        @NotBlank @Size(max = SHORT_NAME_MAX) String shortName,
        @NotNull OrganisationType type,
        boolean active) {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 40;

    public static OrganisationData empty() {
        return new OrganisationData("", "", OrganisationType.JOBCENTER, true);
    }
}
