package de.lenkwerk.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A dated note by the owner or the secretariat; together they form the action's timeline. Never edited. */
@Entity
@Table(name = "progress_update")
class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false, length = ProgressReport.TEXT_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    private ActionStatus newStatus;

    @Column(name = "new_progress")
    private Integer newProgress;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Confidence confidence;

    protected ProgressUpdate() {
    }

    ProgressUpdate(long actionId, LocalDateTime at, String author, String note, ActionStatus status, Integer progress) {
        this(actionId, at, author, note, status, progress, null);
    }

    ProgressUpdate(long actionId, LocalDateTime at, String author, String note, ActionStatus status, Integer progress,
                   Confidence confidence) {
        this.confidence = confidence;
        this.actionId = actionId;
        this.reportedAt = at;
        this.author = author;
        this.note = note;
        this.newStatus = status;
        this.newProgress = progress;
    }

    ProgressUpdateItem toItem() {
        return new ProgressUpdateItem(id, reportedAt, author, note, newStatus, newProgress, confidence);
    }
}
