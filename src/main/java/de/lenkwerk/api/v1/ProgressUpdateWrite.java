package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.ProgressReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an owner reports: a note, and the status and progress as they are now. */
public record ProgressUpdateWrite(@NotBlank @Size(max = ProgressReport.TEXT_MAX) String text,
                                  @NotNull ActionStatus status, @NotNull @Min(0) @Max(100) Integer progress) {

    ProgressReport toReport() {
        return new ProgressReport(text, status, progress);
    }
}
