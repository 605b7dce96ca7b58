package de.lenkwerk.organisation;

public record PersonItem(Long id, long version, String fullName, String email, Long organisationId,
                         String organisationName) {
}
