package de.lenkwerk.statusround;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One action of a round and the owner asked about it; answered and reminded are the tracker's facts. Nothing is
 * ever updated through the entity: answers, reminders and hand-overs run as targeted update queries in
 * {@link StatusRequestRepository}, so one can never write back another's stale column.
 */
@Entity
@Table(name = "status_request")
class StatusRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private Long roundId;

    @Column(name = "action_id", nullable = false, updatable = false)
    private Long actionId;

    @Column(name = "owner_person_id", nullable = false, updatable = false)
    private Long ownerPersonId;

    @Column(name = "answered_at", updatable = false)
    private LocalDateTime answeredAt;

    @Column(name = "reminded_at", updatable = false)
    private LocalDateTime remindedAt;

    protected StatusRequest() {
    }

    StatusRequest(long roundId, long actionId, long ownerPersonId) {
        this.roundId = roundId;
        this.actionId = actionId;
        this.ownerPersonId = ownerPersonId;
    }

    Long getId() { return id; }
    Long getRoundId() { return roundId; }
    Long getActionId() { return actionId; }
    Long getOwnerPersonId() { return ownerPersonId; }
    LocalDateTime getAnsweredAt() { return answeredAt; }
    LocalDateTime getRemindedAt() { return remindedAt; }
}
