package de.lenkwerk.notification;

import java.time.LocalDateTime;

/** A notification as the bell lists it, with its text already in the reader's language. */
public record NotificationItem(long id, NotificationKind kind, String text, String link, LocalDateTime createdAt,
                               boolean read) {
}
