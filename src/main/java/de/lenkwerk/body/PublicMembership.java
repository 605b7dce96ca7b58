package de.lenkwerk.body;

import java.time.LocalDateTime;

/**
 * A membership in a published body, for the OParl interface. {@code removed} is set when the secretariat removed a
 * membership entered by mistake: OParl clients that copied it learn of it as "deleted".
 */
public record PublicMembership(MembershipItem membership, LocalDateTime created, LocalDateTime modified,
                               LocalDateTime removed) {

    public long id() {
        return membership.id();
    }

    public boolean isRemoved() {
        return removed != null;
    }
}
