package de.lenkwerk.meeting;

import de.lenkwerk.base.AuditedEntity;
import de.lenkwerk.history.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(name = "meeting")
class Meeting extends AuditedEntity {

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(nullable = false, length = MeetingData.TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(length = MeetingData.PLACE_MAX)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingState state;

    @Column(length = MeetingData.MINUTES_MAX)
    private String minutes;

    protected Meeting() {
    }

    Meeting(long bodyId, MeetingData data) {
        this.bodyId = bodyId;
        apply(data);
    }

    void apply(MeetingData data) {
        this.title = data.title().strip();
        this.startsAt = data.startsAt();
        this.place = data.place() == null || data.place().isBlank() ? null : data.place().strip();
        this.state = data.state();
        this.minutes = data.minutes() == null || data.minutes().isBlank() ? null : data.minutes();
    }

    /** The meeting took place; its minutes can now be printed and, later, approved. */
    void hold() {
        this.state = MeetingState.HELD;
    }

    /** Approved minutes are opened again: back to held. */
    void reopen() {
        this.state = MeetingState.HELD;
    }

    /** Whether saving this data would change nothing but leave the state as it is. */
    boolean sameAs(MeetingData data) {
        var other = new Meeting(bodyId, data);
        return java.util.Objects.equals(title, other.title) && java.util.Objects.equals(startsAt.withNano(0), other.startsAt.withNano(0))
                && java.util.Objects.equals(place, other.place) && state == other.state
                && java.util.Objects.equals(minutes, other.minutes);
    }

    MeetingState getState() {
        return state;
    }

    Long getBodyId() {
        return bodyId;
    }

    Snapshot snapshot() {
        return new Snapshot()
                .put("meeting.title", title)
                .put("meeting.starts-at", startsAt)
                .put("meeting.place", place)
                .put("meeting.state", state)
                .put("meeting.minutes", minutes);
    }

    PublicMeeting toPublic(List<AgendaEntry> agenda) {
        return new PublicMeeting(toItem(), getCreatedAt(), getUpdatedAt(), agenda);
    }

    MeetingItem toItem() {
        return new MeetingItem(getId(), getVersion(), bodyId, title, startsAt, place, state, minutes);
    }
}
