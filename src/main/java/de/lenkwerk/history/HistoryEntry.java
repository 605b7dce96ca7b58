package de.lenkwerk.history;

import java.time.LocalDateTime;

/**
 * A changed field. {@code field} is a translation key; values are neutral text: ISO dates, numbers with a dot,
 * and enum constants as {@code Type.CONSTANT}, which the view formats for the reader's language. {@code changedBy} is
 * the actor's name at the time; {@code actorAccountId} their account (none for the system and personal links).
 */
public record HistoryEntry(Long id, RecordType recordType, long recordId, String field, String oldValue,
                           String newValue, String changedBy, Long actorAccountId, LocalDateTime changedAt) {
}
