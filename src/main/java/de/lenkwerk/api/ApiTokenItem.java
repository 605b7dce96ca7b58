package de.lenkwerk.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A token as its owner and the administrators see it: never the secret, only its first characters as a hint. */
public record ApiTokenItem(Long id, long accountId, String ownerName, String name, ApiTokenScope scope, String hint,
                           LocalDateTime createdAt, LocalDate expiresOn, ApiTokenState state, LocalDateTime revokedAt,
                           String revokedBy, LocalDateTime lastUsedAt, String lastUsedFrom) {
}
