package de.lenkwerk.history;

import de.lenkwerk.security.SecurityEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A stored security event. Append-only, like the change history. */
@Entity
@Table(name = "security_event")
class SecurityEventRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private SecurityEvent.Type type;

    @Column(name = "account_id")
    private Long accountId;

    private String username;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    protected SecurityEventRow() {
    }

    SecurityEventRow(SecurityEvent event, Actor actor, LocalDateTime at) {
        this.type = event.type();
        this.accountId = event.accountId();
        this.username = event.username();
        this.actorAccountId = actor.accountId();
        this.actorName = actor.name();
        this.oldValue = event.before();
        this.newValue = event.after();
        this.detail = event.detail();
        this.occurredAt = at;
    }

    SecurityLogEntry toEntry() {
        return new SecurityLogEntry(id, type, accountId, username, actorAccountId, actorName, oldValue, newValue,
                detail, occurredAt);
    }
}
