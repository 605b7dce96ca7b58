package de.lenkwerk.history;

import java.time.LocalDateTime;

/** A change entry with its action, read as a plain row rather than an entity (see {@link HistoryService#forActionsSince}). */
record ActionChangeEntry(Long actionId, Long id, RecordType recordType, Long recordId, String field, String oldValue,
                         String newValue, String changedBy, Long actorAccountId, LocalDateTime changedAt) {

    HistoryEntry toEntry() {
        return new HistoryEntry(id, recordType, recordId, field, oldValue, newValue, changedBy, actorAccountId, changedAt);
    }
}
