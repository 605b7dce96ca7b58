package de.lenkwerk.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The committee's decision on one action: the kind, a reason or comment, and for a new deadline the date. */
public record DecisionData(@NotNull DecisionKind kind, @Size(max = COMMENT_MAX) String comment, LocalDate newDeadline) {

    public static final int COMMENT_MAX = 1000;
}
