package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.ProgressUpdateItem;

import java.time.LocalDateTime;

public record ProgressUpdateDto(long id, LocalDateTime reportedAt, String author, String text, ActionStatus newStatus,
                                Integer newProgress) {

    static ProgressUpdateDto of(ProgressUpdateItem p) {
        return new ProgressUpdateDto(p.id(), p.reportedAt(), p.author(), p.text(), p.newStatus(), p.newProgress());
    }
}
