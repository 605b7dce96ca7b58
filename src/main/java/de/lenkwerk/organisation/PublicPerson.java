package de.lenkwerk.organisation;

import java.time.LocalDateTime;

/** A member of a published body as the OParl interface shows them; {@code email} only with their consent. */
public record PublicPerson(long id, String fullName, String email, LocalDateTime created, LocalDateTime modified) {
}
