package de.lenkwerk.history;

import java.time.LocalDateTime;

/** When something of an action (its fields, indicators, measurements) was changed. */
public record ActionChangeTime(long actionId, LocalDateTime changedAt) {
}
