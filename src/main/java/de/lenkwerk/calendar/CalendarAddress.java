package de.lenkwerk.calendar;

import java.time.LocalDateTime;

/** A new calendar address, handed out once: only the hash of its token is kept. */
public record CalendarAddress(String token, String url, LocalDateTime createdAt) {
}
