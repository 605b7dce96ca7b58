package de.lenkwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member invited to a meeting, and whether they attended. */
@Entity
@Table(name = "meeting_participant")
class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "membership_id", nullable = false, updatable = false)
    private Long membershipId;

    @Column(nullable = false)
    private boolean attended;

    protected Participant() {
    }

    Participant(long meetingId, long membershipId) {
        this.meetingId = meetingId;
        this.membershipId = membershipId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getMembershipId() {
        return membershipId;
    }

    boolean isAttended() {
        return attended;
    }

    void setAttended(boolean attended) {
        this.attended = attended;
    }

    Long getId() {
        return id;
    }
}
