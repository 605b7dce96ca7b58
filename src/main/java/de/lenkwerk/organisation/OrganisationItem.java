package de.lenkwerk.organisation;

/** An organisation as lists and pickers show it; {@code version} travels back with an edit. */
public record OrganisationItem(Long id, long version, String name, String shortName, OrganisationType type,
                               boolean active) {

    public OrganisationData toData() {
        return new OrganisationData(name, shortName, type, active);
    }
}
