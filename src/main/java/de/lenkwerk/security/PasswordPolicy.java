package de.lenkwerk.security;

import de.lenkwerk.base.UserFacingException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (OWASP ASVS 5.0 V6.2, NIST SP 800-63B): 12 to 128 characters, no composition rules,
 * not a common password (also not one with digits or symbols around it), and not containing the user's own name
 * or the product's name. Length counts characters, not bytes: Argon2id has no 72-byte limit.
 */
final class PasswordPolicy {

    static final String PRODUCT = "lenkwerk";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < AccountData.PASSWORD_MIN
                || password.codePointCount(0, password.length()) > AccountData.PASSWORD_MAX) {
            throw new UserFacingException("account.error.password-length", AccountData.PASSWORD_MIN,
                    AccountData.PASSWORD_MAX);
        }
        var folded = password.toLowerCase(Locale.ROOT);
        var core = folded.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (COMMON.contains(folded) || (core.length() >= 4 && COMMON.contains(core))) {
            throw new UserFacingException("account.error.password-common");
        }
        var name = Usernames.normalise(username);
        if (folded.contains(PRODUCT) || (!name.isEmpty() && Usernames.normalise(password).contains(name))) {
            throw new UserFacingException("account.error.password-name");
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
