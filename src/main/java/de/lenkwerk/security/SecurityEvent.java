package de.lenkwerk.security;

/**
 * Something that matters for the security log: a sign-in, a failed one, a lock, a change to an account, the use of
 * an API token. Published as a Spring application event inside the transaction of whoever caused it (the history
 * module writes the log from it, naming the acting account); {@code accountId} is empty for names that are no account,
 * {@code username} is the name as typed or stored (cut to 200 characters), {@code before}/{@code after} the changed
 * value where there is one, {@code detail} e.g. the client address or the token's name.
 */
public record SecurityEvent(Type type, Long accountId, String username, String before, String after, String detail) {

    public enum Type {
        SIGN_IN, SIGN_IN_FAILED, LOCKED, UNLOCKED, ACCOUNT_CREATED, ROLE_CHANGED, DEACTIVATED, REACTIVATED,
        PASSWORD_RESET, PASSWORD_CHANGED, TOKEN_USED
    }

    public SecurityEvent {
        username = clip(username, 200);
        detail = clip(detail, 400);
    }

    public static SecurityEvent of(Type type, Long accountId, String username) {
        return new SecurityEvent(type, accountId, username, null, null, null);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        var cleaned = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "_");
        return cleaned.length() > max ? cleaned.substring(0, max - 1) + "…" : cleaned;
    }
}
