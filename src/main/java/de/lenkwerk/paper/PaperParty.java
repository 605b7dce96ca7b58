package de.lenkwerk.paper;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An organisation, or a functional level inside it, that takes roles in the paper's matrices. */
@Entity
@Table(name = "paper_party")
class PaperParty extends AuditedEntity {

    @Column(name = "paper_id", nullable = false)
    private long paperId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "functional_level", length = PaperData.LEVEL_MAX)
    private String functionalLevel;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PaperParty() {
    }

    PaperParty(long paperId, long organisationId, String functionalLevel, int sortOrder) {
        this.paperId = paperId;
        this.organisationId = organisationId;
        this.functionalLevel = functionalLevel == null || functionalLevel.isBlank() ? null : functionalLevel.strip();
        this.sortOrder = sortOrder;
    }

    void change(long organisationId, String functionalLevel) {
        this.organisationId = organisationId;
        this.functionalLevel = functionalLevel == null || functionalLevel.isBlank() ? null : functionalLevel.strip();
    }

    long getPaperId() { return paperId; }
    long getOrganisationId() { return organisationId; }
    String getFunctionalLevel() { return functionalLevel; }
    int getSortOrder() { return sortOrder; }
}
