package de.lenkwerk.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What the profile page asks for a new token. The expiry is the last day on which it works. */
public record NewApiToken(@NotBlank @Size(max = NAME_MAX) String name, @NotNull ApiTokenScope scope,
                          @NotNull LocalDate expiresOn) {

    public static final int NAME_MAX = 100;
    /** A token lives at most this long; a longer-lived credential is forgotten, not rotated. */
    public static final int MAX_DAYS = 366;
}
