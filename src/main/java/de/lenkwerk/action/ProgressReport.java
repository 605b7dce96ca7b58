package de.lenkwerk.action;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an owner reports: a note, the status and progress as they are now, and optionally how confident they are of
 * reaching the goal (null: not said; the previous confidence stands).
 */
public record ProgressReport(@NotBlank @Size(max = TEXT_MAX) String text, @NotNull ActionStatus status,
                             @Min(0) @Max(100) int progress, Confidence confidence) {

    public static final int TEXT_MAX = 4000;

    public ProgressReport(String text, ActionStatus status, int progress) {
        this(text, status, progress, null);
    }
}
