package de.lenkwerk.body;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A person sits in a body on behalf of an organisation, with a role, from and to a date. */
@Entity
@Table(name = "membership")
class Membership extends AuditedEntity {

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRole role;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** Set when the secretariat removes a membership entered by mistake; the row stays for OParl's "deleted". */
    @Column(name = "removed_at")
    private java.time.LocalDateTime removedAt;

    protected Membership() {
    }

    Membership(long bodyId, long personId, MembershipData data) {
        this.bodyId = bodyId;
        this.personId = personId;
        apply(data);
    }

    void apply(MembershipData data) {
        this.organisationId = data.organisationId();
        this.role = data.role();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
    }

    Long getBodyId() {
        return bodyId;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    void remove(java.time.LocalDateTime now) {
        this.removedAt = now;
    }

    PublicMembership toPublic(String personName, String organisationName) {
        return new PublicMembership(new MembershipItem(getId(), getVersion(), bodyId, personId, personName,
                organisationId, organisationName, role, validFrom, validTo), getCreatedAt(), getUpdatedAt(), removedAt);
    }

    /** The history names the person and organisation, as they were called at the time, not their numbers. */
    Snapshot snapshot(java.util.function.Function<Long, String> personName,
                      java.util.function.Function<Long, String> organisationName) {
        return new Snapshot()
                .put("membership.person", personId == null ? null : personName.apply(personId))
                .put("membership.organisation", organisationId == null ? null : organisationName.apply(organisationId))
                .put("membership.role", role)
                .put("membership.valid-from", validFrom)
                .put("membership.valid-to", validTo)
                .put("membership.removed", removedAt);
    }
}
