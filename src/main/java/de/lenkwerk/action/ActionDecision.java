package de.lenkwerk.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A committee's decision on an action in a meeting. Never edited: a later decision is a new row. */
@Entity
@Table(name = "action_decision")
class ActionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionKind kind;

    @Column(length = DecisionData.COMMENT_MAX)
    private String comment;

    @Column(name = "old_deadline")
    private LocalDate oldDeadline;

    @Column(name = "new_deadline")
    private LocalDate newDeadline;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    protected ActionDecision() {
    }

    ActionDecision(long meetingId, long actionId, DecisionKind kind, String comment, LocalDate oldDeadline,
                   LocalDate newDeadline, String decidedBy, LocalDateTime decidedAt) {
        this.meetingId = meetingId;
        this.actionId = actionId;
        this.kind = kind;
        this.comment = comment;
        this.oldDeadline = oldDeadline;
        this.newDeadline = newDeadline;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    Long getId() {
        return id;
    }
}
