package de.lenkwerk.paper;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

@Entity
@Table(name = "paper")
class Paper extends AuditedEntity {

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(nullable = false, length = PaperData.TITLE_MAX)
    private String title;

    @Column(length = PaperData.PURPOSE_MAX)
    private String purpose;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "content_changed_at")
    private LocalDateTime contentChangedAt;

    protected Paper() {
    }

    Paper(long bodyId, PaperData data, Long templateId) {
        this.bodyId = bodyId;
        this.templateId = templateId;
        apply(data);
    }

    void apply(PaperData data) {
        this.title = data.title().strip();
        this.purpose = data.purpose() == null || data.purpose().isBlank() ? null : data.purpose().strip();
    }

    /**
     * Every edit of the paper's content (sections, rows, cells, parties) goes through here: the paper's version
     * then guards the whole paper, and a refused edit names who changed it last.
     */
    void touch(LocalDateTime now) {
        this.contentChangedAt = now;
    }

    long getBodyId() { return bodyId; }
    String getTitle() { return title; }
    String getPurpose() { return purpose; }
    Long getTemplateId() { return templateId; }

    Snapshot snapshot() {
        return new Snapshot().put("paper.title", title).put("paper.purpose", purpose);
    }
}
