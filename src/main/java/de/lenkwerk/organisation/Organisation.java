package de.lenkwerk.organisation;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
class Organisation extends AuditedEntity {

    @Column(nullable = false, length = OrganisationData.NAME_MAX)
    private String name;

    @Column(name = "short_name", nullable = false, length = OrganisationData.SHORT_NAME_MAX)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationType type;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    Organisation(OrganisationData data) {
        apply(data);
    }

    void apply(OrganisationData data) {
        this.name = data.name().strip();
        this.shortName = data.shortName().strip();
        this.type = data.type();
        this.active = data.active();
    }

    /** The fields the history records. */
    java.util.Map<String, Object> auditFields() {
        return de.lenkwerk.base.RecordChanged.fields("organisation.name", name, "organisation.short-name", shortName,
                "organisation.type", type, "organisation.active", active);
    }

    String getName() {
        return name;
    }

    PublicOrganisation toPublic() {
        return new PublicOrganisation(toItem(), getCreatedAt(), getUpdatedAt());
    }

    OrganisationItem toItem() {
        return new OrganisationItem(getId(), getVersion(), name, shortName, type, active);
    }
}
