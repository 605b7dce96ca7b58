package de.lenkwerk.history;

/** Which record changed, and the body and action it belongs to, so history can be read per body or action. */
public record RecordRef(RecordType type, long id, Long bodyId, Long actionId) {
}
