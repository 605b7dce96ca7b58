package de.lenkwerk.statusround;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A personal link: one person asked about some actions of one body, until an end date. Written as an entity only
 * when created; opening, answering, reminding, resending and revoking are targeted updates in
 * {@link StatusLinkRepository}, so the recipient's save and the secretariat's click never overwrite each other.
 */
@Entity
@Table(name = "status_link")
class StatusLink extends AuditedEntity {

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, updatable = false, length = 5)
    private String language;

    @Column(updatable = false, length = StatusLinkRequest.MESSAGE_MAX)
    private String message;

    @Column(name = "ask_status", nullable = false, updatable = false)
    private boolean askStatus;

    @Column(name = "ask_progress", nullable = false, updatable = false)
    private boolean askProgress;

    @Column(name = "ask_indicators", nullable = false, updatable = false)
    private boolean askIndicators;

    @Column(name = "ask_text", nullable = false, updatable = false)
    private boolean askText;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "sent_at", updatable = false)
    private LocalDateTime sentAt;

    @Column(name = "first_opened_at", updatable = false)
    private LocalDateTime firstOpenedAt;

    @Column(name = "answered_at", updatable = false)
    private LocalDateTime answeredAt;

    @Column(name = "reminded_at", updatable = false)
    private LocalDateTime remindedAt;

    @Column(name = "revoked_at", updatable = false)
    private LocalDateTime revokedAt;

    @Column(name = "ended_recorded", nullable = false, updatable = false)
    private boolean endedRecorded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "status_link_action", joinColumns = @JoinColumn(name = "link_id"))
    @Column(name = "action_id", nullable = false)
    private Set<Long> actionIds = new HashSet<>();

    protected StatusLink() {
    }

    StatusLink(Long roundId, long bodyId, long personId, String tokenHash, StatusLinkRequest request, String language) {
        this.roundId = roundId;
        this.bodyId = bodyId;
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.language = language;
        this.message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        this.askStatus = request.asks().status();
        this.askProgress = request.asks().progress();
        this.askIndicators = request.asks().indicators();
        this.askText = request.asks().text();
        this.endsOn = request.endsOn();
        this.actionIds = new HashSet<>(request.actionIds());
    }

    /** Whether the link still works on this day: not revoked, not past its end date, its round (if any) open. */
    boolean isValidOn(LocalDate today, boolean roundOpen) {
        return revokedAt == null && !today.isAfter(endsOn) && roundOpen;
    }

    StatusLinkRequest.Asks asks() {
        return new StatusLinkRequest.Asks(askStatus, askProgress, askIndicators, askText);
    }

    Long getRoundId() { return roundId; }
    Long getBodyId() { return bodyId; }
    Long getPersonId() { return personId; }
    String getTokenHash() { return tokenHash; }
    String getLanguage() { return language; }
    String getMessage() { return message; }
    LocalDate getEndsOn() { return endsOn; }
    LocalDateTime getSentAt() { return sentAt; }
    LocalDateTime getFirstOpenedAt() { return firstOpenedAt; }
    LocalDateTime getAnsweredAt() { return answeredAt; }
    LocalDateTime getRemindedAt() { return remindedAt; }
    LocalDateTime getRevokedAt() { return revokedAt; }
    boolean isEndedRecorded() { return endedRecorded; }
    Set<Long> getActionIds() { return Set.copyOf(actionIds); }
}
