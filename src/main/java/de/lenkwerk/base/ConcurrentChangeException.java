package de.lenkwerk.base;

import java.time.LocalDateTime;

/** Someone saved the same record since it was loaded; their name and time tell the user whom to ask. */
public class ConcurrentChangeException extends UserFacingException {

    public ConcurrentChangeException(String changedBy, LocalDateTime changedAt) {
        super("error.concurrent-change", changedBy == null ? "?" : changedBy, java.sql.Timestamp.valueOf(changedAt));
    }
}
