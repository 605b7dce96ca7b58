package de.lenkwerk.paper;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of one version; {@code key} is the same in every version of the paper. */
@Entity
@Table(name = "paper_section")
class PaperSection extends AuditedEntity {

    @Column(name = "paper_version_id", nullable = false)
    private long paperVersionId;

    @Column(name = "skey", nullable = false, length = 36)
    private String key;

    @Column(name = "parent_skey", length = 36)
    private String parentKey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = PaperData.SECTION_TITLE_MAX)
    private String title;

    @Column(name = "body_text", length = PaperData.SECTION_TEXT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean matrix;

    protected PaperSection() {
    }

    PaperSection(long paperVersionId, String key, String parentKey, int sortOrder, String title, String text,
                 boolean matrix) {
        this.paperVersionId = paperVersionId;
        this.key = key;
        this.parentKey = parentKey;
        this.sortOrder = sortOrder;
        this.title = title;
        this.text = text;
        this.matrix = matrix;
    }

    PaperSection copyInto(long versionId) {
        return new PaperSection(versionId, key, parentKey, sortOrder, title, text, matrix);
    }

    void edit(String title, String text, boolean matrix) {
        this.title = title;
        this.text = text;
        this.matrix = matrix;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    long getPaperVersionId() { return paperVersionId; }
    String getKey() { return key; }
    String getParentKey() { return parentKey; }
    int getSortOrder() { return sortOrder; }
    String getTitle() { return title; }
    String getText() { return text; }
    boolean isMatrix() { return matrix; }
}
