package de.lenkwerk.history;

import de.lenkwerk.security.SecurityEvent;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the administrator looks for in the security log: these types (none: all), a part of the account's name
 * (blank: any), from and to (inclusive start, exclusive end; either may be open).
 */
public record SecurityLogFilter(Set<SecurityEvent.Type> types, String account, LocalDateTime from, LocalDateTime to) {

    public SecurityLogFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        account = account == null ? "" : account.strip();
    }

    public static SecurityLogFilter all() {
        return new SecurityLogFilter(Set.of(), "", null, null);
    }
}
