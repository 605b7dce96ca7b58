package de.lenkwerk.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A notification to send: to whom, why, where it leads (a path in the app) and the values for its text. Values may
 * be strings or dates; dates are written in the recipient's language. With a {@code onceKey} the same notice
 * reaches a person only once (e.g. one reminder per action and deadline).
 */
public record Notice(long recipientPersonId, NotificationKind kind, String link, List<Object> args, String onceKey) {

    public Notice {
        args = List.copyOf(args);
        for (var arg : args) {
            if (!(arg instanceof String) && !(arg instanceof LocalDate) && !(arg instanceof Number)) {
                throw new IllegalArgumentException("notice values are strings, numbers or dates: " + arg);
            }
        }
    }

    public Notice(long recipientPersonId, NotificationKind kind, String link, List<Object> args) {
        this(recipientPersonId, kind, link, args, null);
    }
}
