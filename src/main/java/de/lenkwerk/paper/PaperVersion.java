package de.lenkwerk.paper;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Version N of a paper: a draft while it is edited, frozen once the body adopts it (beschließt). */
@Entity
@Table(name = "paper_version")
class PaperVersion extends AuditedEntity {

    @Column(name = "paper_id", nullable = false)
    private long paperId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private boolean adopted;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "meeting_id")
    private Long meetingId;

    protected PaperVersion() {
    }

    PaperVersion(long paperId, int number) {
        this.paperId = paperId;
        this.number = number;
    }

    void adopt(LocalDate on, Long meetingId) {
        this.adopted = true;
        this.adoptedOn = on;
        this.meetingId = meetingId;
    }

    long getPaperId() { return paperId; }
    int getNumber() { return number; }
    boolean isAdopted() { return adopted; }
    LocalDate getAdoptedOn() { return adoptedOn; }
    Long getMeetingId() { return meetingId; }
}
