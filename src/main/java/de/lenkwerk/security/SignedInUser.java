package de.lenkwerk.security;

/** Who is acting right now, as other features need to know it. */
public record SignedInUser(long accountId, long personId, String username, String displayName,
                           boolean administrator) {
}
