package de.lenkwerk.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The small, never-edited records of a paper: acknowledgers, acknowledgements and actions from the paper. */
final class PaperLinks {

    private PaperLinks() {
    }

    /** Someone who acts for a party and is asked to acknowledge the adopted version. */
    @Entity
    @Table(name = "paper_party_person")
    static class PartyPerson {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "party_id", nullable = false)
        private long partyId;
        @Column(name = "person_id", nullable = false)
        private long personId;

        protected PartyPerson() {
        }

        PartyPerson(long partyId, long personId) {
            this.partyId = partyId;
            this.personId = personId;
        }

        long getPartyId() { return partyId; }
        long getPersonId() { return personId; }
    }

    /** "Gelesen und anerkannt": a person confirmed a version for a party. */
    @Entity
    @Table(name = "paper_acknowledgement")
    static class Acknowledgement {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "paper_version_id", nullable = false)
        private long paperVersionId;
        @Column(name = "party_id", nullable = false)
        private long partyId;
        @Column(name = "person_id", nullable = false)
        private long personId;
        @Column(name = "acknowledged_at", nullable = false)
        private LocalDateTime acknowledgedAt;

        protected Acknowledgement() {
        }

        Acknowledgement(long paperVersionId, long partyId, long personId, LocalDateTime acknowledgedAt) {
            this.paperVersionId = paperVersionId;
            this.partyId = partyId;
            this.personId = personId;
            this.acknowledgedAt = acknowledgedAt;
        }

        long getPaperVersionId() { return paperVersionId; }
        long getPartyId() { return partyId; }
        long getPersonId() { return personId; }
        LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    }

    /** An action that came from a section (and maybe a row) of a version. */
    @Entity
    @Table(name = "paper_action")
    static class ActionLink {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Column(name = "paper_id", nullable = false)
        private long paperId;
        @Column(name = "version_number", nullable = false)
        private int versionNumber;
        @Column(name = "section_skey", nullable = false, length = 36)
        private String sectionKey;
        @Column(name = "row_skey", length = 36)
        private String rowKey;
        @Column(name = "action_id", nullable = false)
        private long actionId;
        @Column(name = "created_at", nullable = false)
        private LocalDateTime createdAt;

        protected ActionLink() {
        }

        ActionLink(long paperId, int versionNumber, String sectionKey, String rowKey, long actionId, LocalDateTime at) {
            this.paperId = paperId;
            this.versionNumber = versionNumber;
            this.sectionKey = sectionKey;
            this.rowKey = rowKey;
            this.actionId = actionId;
            this.createdAt = at;
        }

        int getVersionNumber() { return versionNumber; }
        String getSectionKey() { return sectionKey; }
        String getRowKey() { return rowKey; }
        long getActionId() { return actionId; }
    }
}
