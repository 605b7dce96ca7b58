package de.lenkwerk.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PersonData(
        @NotBlank @Size(max = NAME_MAX) String fullName,
        @Email @Size(max = EMAIL_MAX) String email,
        Long organisationId) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 200;
}
