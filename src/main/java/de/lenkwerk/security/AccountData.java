package de.lenkwerk.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator edits about a user. The username is fixed once the account exists. */
public record AccountData(
        @NotBlank @Size(min = 3, max = USERNAME_MAX) @Pattern(regexp = USERNAME_PATTERN) String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 200) String email,
        Long organisationId,
        boolean administrator,
        boolean enabled) {

    public static final int USERNAME_MAX = 60;
    /** Letters, digits, dot, dash and underscore: safe in logs, URLs and mail addresses. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]+";
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    public static AccountData empty() {
        return new AccountData("", "", "", null, false, true);
    }
}
