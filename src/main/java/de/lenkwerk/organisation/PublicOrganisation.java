package de.lenkwerk.organisation;

import java.time.LocalDateTime;

/** An organisation members of a published body sit for, with its timestamps, for the OParl interface. */
public record PublicOrganisation(OrganisationItem organisation, LocalDateTime created, LocalDateTime modified) {

    public long id() {
        return organisation.id();
    }
}
