package de.lenkwerk.statusround;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(name = "status_round")
class StatusRound extends AuditedEntity {

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "answer_by", nullable = false)
    private LocalDate answerBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusRoundState state;

    @Column(name = "changes_since", nullable = false, updatable = false)
    private LocalDateTime changesSince;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** The body while the round is open, else null; unique, so two concurrent starts cannot both succeed. */
    @Column(name = "open_body_id")
    private Long openBodyId;

    protected StatusRound() {
    }

    StatusRound(long bodyId, Long meetingId, LocalDate answerBy, LocalDateTime changesSince) {
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.answerBy = answerBy;
        this.changesSince = changesSince;
        this.state = StatusRoundState.OPEN;
        this.openBodyId = bodyId;
    }

    void close(LocalDateTime at) {
        state = StatusRoundState.CLOSED;
        closedAt = at;
        openBodyId = null;
    }

    boolean isOpen() {
        return state == StatusRoundState.OPEN;
    }

    Long getBodyId() { return bodyId; }
    Long getMeetingId() { return meetingId; }
    LocalDate getAnswerBy() { return answerBy; }
    StatusRoundState getState() { return state; }
    LocalDateTime getChangesSince() { return changesSince; }
    LocalDateTime getClosedAt() { return closedAt; }
}
