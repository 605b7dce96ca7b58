package de.lenkwerk.action;

import java.time.LocalDateTime;

public record ProgressUpdateItem(Long id, LocalDateTime reportedAt, String author, String text, ActionStatus newStatus,
                                 Integer newProgress, Confidence confidence) {

    public ProgressUpdateItem(Long id, LocalDateTime reportedAt, String author, String text, ActionStatus newStatus,
                              Integer newProgress) {
        this(id, reportedAt, author, text, newStatus, newProgress, null);
    }
}
