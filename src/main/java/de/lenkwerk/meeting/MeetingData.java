package de.lenkwerk.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

public record MeetingData(
        @NotBlank @Size(max = TITLE_MAX) String title,
        @NotNull LocalDateTime startsAt,
        @Size(max = PLACE_MAX) String place,
        @NotNull MeetingState state,
        @Size(max = MINUTES_MAX) String minutes) {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int MINUTES_MAX = 20000;
}
