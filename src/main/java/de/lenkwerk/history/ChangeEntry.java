package de.lenkwerk.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One changed field. Append-only: entries are never updated or deleted. */
@Entity
@Table(name = "change_entry")
class ChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "action_id")
    private Long actionId;

    @Column(nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ChangeEntry() {
    }

    ChangeEntry(RecordRef ref, String field, String oldValue, String newValue, Actor actor, LocalDateTime at) {
        this.recordType = ref.type();
        this.recordId = ref.id();
        this.bodyId = ref.bodyId();
        this.actionId = ref.actionId();
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.changedBy = actor.name();
        this.actorAccountId = actor.accountId();
        this.changedAt = at;
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(id, recordType, recordId, field, oldValue, newValue, changedBy, actorAccountId,
                changedAt);
    }
}
