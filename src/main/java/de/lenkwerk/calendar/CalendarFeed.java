package de.lenkwerk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A person's calendar address, known only by the hash of its token. Renewing replaces the hash. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long personId, String tokenHash, LocalDateTime createdAt) {
        this.personId = personId;
        renew(tokenHash, createdAt);
    }

    void renew(String tokenHash, LocalDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    Long getPersonId() {
        return personId;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
