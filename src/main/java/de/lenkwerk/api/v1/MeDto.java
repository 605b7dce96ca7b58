package de.lenkwerk.api.v1;

/** Who the token acts as, and whether it may write. */
public record MeDto(long accountId, long personId, String username, String displayName, boolean administrator,
                    boolean mayWrite) {
}
