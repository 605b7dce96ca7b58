package de.lenkwerk.body;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "body")
class Body extends AuditedEntity {

    @Column(nullable = false, length = BodyData.NAME_MAX)
    private String name;

    @Column(name = "short_name", nullable = false, length = BodyData.SHORT_NAME_MAX)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyType type;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = BodyData.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "action_prefix", nullable = false, length = BodyData.PREFIX_MAX)
    private String actionPrefix;

    /** Published over OParl ("öffentlich"); only the body's secretariat, chair or an administrator sets it. */
    @Column(name = "oparl_public", nullable = false)
    private boolean oparlPublic;

    protected Body() {
    }

    Body(BodyData data) {
        apply(data);
    }

    void apply(BodyData data) {
        this.name = data.name().strip();
        this.shortName = data.shortName().strip();
        this.type = data.type();
        this.parentId = data.parentId();
        this.description = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        this.archived = data.archived();
        this.actionPrefix = data.actionPrefix().strip().toUpperCase(java.util.Locale.ROOT);
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    String getActionPrefix() {
        return actionPrefix;
    }

    Long getParentId() {
        return parentId;
    }

    boolean isOparlPublic() {
        return oparlPublic;
    }

    void publish(boolean oparlPublic) {
        this.oparlPublic = oparlPublic;
    }

    Snapshot snapshot() {
        return new Snapshot()
                .put("body.name", name)
                .put("body.short-name", shortName)
                .put("body.type", type)
                .put("body.parent", parentId)
                .put("body.description", description)
                .put("body.archived", archived)
                .put("body.action-prefix", actionPrefix)
                .put("body.oparl-public", oparlPublic);
    }

    BodyItem toItem(String parentName) {
        return new BodyItem(getId(), getVersion(), name, shortName, type, parentId, parentName, description, archived,
                actionPrefix, oparlPublic);
    }

    PublicBody toPublic(String parentName) {
        return new PublicBody(toItem(parentName), getCreatedAt(), getUpdatedAt());
    }
}
