package de.lenkwerk.action;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "action")
class Action extends AuditedEntity {

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(nullable = false, updatable = false, length = 40)
    private String number;

    @Column(nullable = false, length = ActionData.TITLE_MAX)
    private String title;

    @Column(length = ActionData.DESCRIPTION_MAX)
    private String description;

    @Column(name = "owner_person_id", nullable = false)
    private Long ownerPersonId;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "deputy_person_id")
    private Long deputyPersonId;

    @ElementCollection
    @CollectionTable(name = "action_contributor", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "organisation_id")
    private Set<Long> contributorIds = new HashSet<>();

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "source_meeting_id")
    private Long sourceMeetingId;

    @Column(name = "source_agenda_item_id")
    private Long sourceAgendaItemId;

    @Column(name = "source_reference", length = ActionData.SOURCE_MAX)
    private String sourceReference;

    /** The address of the source when it is a page of another feature, e.g. a paper's section (set once). */
    @Column(name = "source_link", length = ActionData.SOURCE_MAX, updatable = false)
    private String sourceLink;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override")
    private Rag ragOverride;

    @Column(name = "rag_override_reason")
    private String ragOverrideReason;

    @Column(name = "rag_override_by")
    private String ragOverrideBy;

    @Column(name = "rag_override_at")
    private LocalDateTime ragOverrideAt;

    @Column(name = "last_update_at")
    private LocalDateTime lastUpdateAt;

    @Column(name = "done_at")
    private LocalDateTime doneAt;

    /** The owner's latest confidence; shown beside the traffic light, never mixed into it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Confidence confidence;

    /** Written only by {@link TrafficLights} with a bulk update, so re-evaluating never bumps the version. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Rag rag = Rag.GREY;

    @Column(name = "rag_reason", nullable = false, updatable = false)
    private String ragReason = "";

    protected Action() {
    }

    Action(long bodyId, String number, ActionData data, LocalDateTime now) {
        this.bodyId = bodyId;
        this.number = number;
        apply(data, now);
    }

    void apply(ActionData data, LocalDateTime now) {
        this.title = data.title().strip();
        this.description = blankToNull(data.description());
        this.ownerPersonId = data.ownerPersonId();
        this.ownerOrganisationId = data.ownerOrganisationId();
        this.deputyPersonId = data.deputyPersonId();
        this.contributorIds.clear();
        this.contributorIds.addAll(data.contributorIds());
        this.startDate = data.startDate();
        this.deadline = data.deadline();
        changeStatus(data.status(), now);
        this.progress = data.progress();
        this.sourceMeetingId = data.sourceMeetingId();
        this.sourceAgendaItemId = data.sourceAgendaItemId();
        this.sourceReference = blankToNull(data.sourceReference());
        this.parentId = data.parentId();
    }

    /**
     * What an owner may change: status and progress, nothing about who, what or by when; and how confident they are
     * (kept from the previous update when not said again).
     */
    void report(ActionStatus status, int progress, LocalDateTime at, Confidence confidence) {
        changeStatus(status, at);
        this.progress = progress;
        this.lastUpdateAt = at;
        if (confidence != null) {
            this.confidence = confidence;
        }
    }

    /** Remembers when an action became done, for "done in the last 90 days". */
    private void changeStatus(ActionStatus newStatus, LocalDateTime now) {
        if (newStatus == ActionStatus.DONE && status != ActionStatus.DONE) {
            doneAt = now;
        } else if (newStatus != ActionStatus.DONE) {
            doneAt = null;
        }
        this.status = newStatus;
    }

    /** A committee moved the deadline; the reason lives in the decision and the timeline. */
    void changeDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    void rollUpProgress(int progress) {
        this.progress = progress;
    }

    void override(Rag colour, String reason, String by, LocalDateTime at) {
        this.ragOverride = colour;
        this.ragOverrideReason = colour == null ? null : reason;
        this.ragOverrideBy = colour == null ? null : by;
        this.ragOverrideAt = colour == null ? null : at;
    }

    /** The light users see: a manual override wins over the derived one, and says so. */
    TrafficLight effective(TrafficLight derived) {
        if (ragOverride == null) {
            return derived;
        }
        return new TrafficLight(ragOverride,
                java.util.List.of(new TrafficLight.Reason("rag.reason.override", ragOverrideReason)));
    }

    TrafficLightRule.Facts facts(java.util.List<TrafficLight.Reason> indicatorReasons) {
        var last = lastUpdateAt != null ? lastUpdateAt : getCreatedAt();
        return new TrafficLightRule.Facts(status, progress, startDate, deadline,
                last == null ? null : last.toLocalDate(), java.util.List.of(), indicatorReasons);
    }

    boolean isOwnedBy(long personId) {
        return ownerPersonId == personId || (deputyPersonId != null && deputyPersonId == personId);
    }

    /** Names, not ids, for the people, organisations and records referred to: history is read by people. */
    interface Labels {
        String person(Long id);

        String organisation(Long id);

        String source(Action action);

        String action(Long id);
    }

    Snapshot snapshot(Labels labels) {
        return new Snapshot()
                .put("action.title", title)
                .put("action.description", description)
                .put("action.owner", labels.person(ownerPersonId))
                .put("action.owner-organisation", labels.organisation(ownerOrganisationId))
                .put("action.deputy", labels.person(deputyPersonId))
                .put("action.contributors", contributorIds.stream().map(labels::organisation).toList())
                .put("action.start", startDate)
                .put("action.deadline", deadline)
                .put("action.status", status)
                .put("action.progress", progress)
                .put("action.source-meeting", labels.source(this))
                .put("action.source-reference", sourceReference)
                .put("action.parent", labels.action(parentId))
                .put("action.rag-override", ragOverride)
                .put("action.rag-override-reason", ragOverrideReason)
                .put("action.confidence", confidence);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getBodyId() { return bodyId; }
    String getNumber() { return number; }
    String getTitle() { return title; }
    String getDescription() { return description; }
    Long getOwnerPersonId() { return ownerPersonId; }
    Long getOwnerOrganisationId() { return ownerOrganisationId; }
    Long getDeputyPersonId() { return deputyPersonId; }
    Set<Long> getContributorIds() { return Set.copyOf(contributorIds); }
    LocalDate getStartDate() { return startDate; }
    LocalDate getDeadline() { return deadline; }
    ActionStatus getStatus() { return status; }
    int getProgress() { return progress; }
    Long getSourceMeetingId() { return sourceMeetingId; }
    Long getSourceAgendaItemId() { return sourceAgendaItemId; }
    String getSourceReference() { return sourceReference; }
    String getSourceLink() { return sourceLink; }

    void linkSource(String link) {
        this.sourceLink = link;
    }
    Long getParentId() { return parentId; }
    Rag getRagOverride() { return ragOverride; }
    String getRagOverrideReason() { return ragOverrideReason; }
    String getRagOverrideBy() { return ragOverrideBy; }
    LocalDateTime getRagOverrideAt() { return ragOverrideAt; }
    LocalDateTime getLastUpdateAt() { return lastUpdateAt; }
    Confidence getConfidence() { return confidence; }
}
