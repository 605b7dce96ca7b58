package de.lenkwerk.history;

import de.lenkwerk.security.SecurityEvent;

import java.time.LocalDateTime;

/** One line of the security log: what happened to which account (or typed name), who did it, when. */
public record SecurityLogEntry(long id, SecurityEvent.Type type, Long accountId, String username, Long actorAccountId,
                               String actorName, String oldValue, String newValue, String detail,
                               LocalDateTime occurredAt) {
}
