package de.lenkwerk.security;

import java.time.LocalDateTime;

/** A user account as the administration list shows it. */
public record AccountItem(Long id, long version, String username, String fullName, String email,
                          Long organisationId, String organisationName, boolean administrator, boolean enabled,
                          LocalDateTime lockedUntil, LocalDateTime lastLoginAt) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public AccountData toData() {
        return new AccountData(username, fullName, email, organisationId, administrator, enabled);
    }
}
