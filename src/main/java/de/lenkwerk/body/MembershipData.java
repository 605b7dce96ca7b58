package de.lenkwerk.body;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A membership as a form edits it; the person is chosen when the membership is created and stays. */
public record MembershipData(Long organisationId, @NotNull MembershipRole role, LocalDate validFrom, LocalDate validTo) {
}
