package de.lenkwerk.organisation;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone who acts for an organisation: a member of a body, an owner of an action, perhaps a user. */
@Entity
@Table(name = "person")
class Person extends AuditedEntity {

    @Column(name = "full_name", nullable = false, length = PersonData.NAME_MAX)
    private String fullName;

    @Column(length = PersonData.EMAIL_MAX)
    private String email;

    /** The person agreed that their e-mail address is shown on the OParl interface of published bodies. */
    @Column(name = "email_public", nullable = false)
    private boolean emailPublic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected Person() {
    }

    Person(PersonData data, Organisation organisation) {
        apply(data, organisation);
    }

    void apply(PersonData data, Organisation organisation) {
        this.fullName = data.fullName().strip();
        this.email = data.email() == null || data.email().isBlank() ? null : data.email().strip();
        this.organisation = organisation;
    }

    /** The fields the history records. */
    java.util.Map<String, Object> auditFields() {
        return de.lenkwerk.base.RecordChanged.fields("person.full-name", fullName, "person.email", email,
                "person.organisation", organisation == null ? null : organisation.getName(),
                "person.email-public", emailPublic);
    }

    boolean isEmailPublic() {
        return emailPublic;
    }

    void setEmailPublic(boolean emailPublic) {
        this.emailPublic = emailPublic;
    }

    PublicPerson toPublic() {
        return new PublicPerson(getId(), fullName, emailPublic ? email : null, getCreatedAt(), getUpdatedAt());
    }

    PersonItem toItem() {
        return new PersonItem(getId(), getVersion(), fullName, email,
                organisation == null ? null : organisation.getId(),
                organisation == null ? null : organisation.getName());
    }
}
