package de.lenkwerk.action;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A recorded decision with the number and title of the action it is about. */
public record DecisionItem(Long id, long meetingId, long actionId, String actionNumber, String actionTitle,
                           DecisionKind kind, String comment, LocalDate oldDeadline, LocalDate newDeadline,
                           String decidedBy, LocalDateTime decidedAt) {
}
