package de.lenkwerk.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByPersonId(long personId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
