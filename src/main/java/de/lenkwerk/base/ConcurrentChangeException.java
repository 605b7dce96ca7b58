package de.lenkwerk.base;

import java.time.LocalDateTime;

/** Someone saved the same record since it was loaded; their name and time tell the user whom to ask. */
public class ConcurrentChangeException extends UserFacingException {

    private final String changedBy;
    private final LocalDateTime changedAt;

    public ConcurrentChangeException(String changedBy, LocalDateTime changedAt) {
        super("error.concurrent-change", changedBy == null ? "?" : changedBy, java.sql.Timestamp.valueOf(changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the record last (e.g. for an API's 412 answer); may be null for records saved by nobody known. */
    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }
}
