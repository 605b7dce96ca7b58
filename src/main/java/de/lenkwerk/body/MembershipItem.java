package de.lenkwerk.body;

import java.time.LocalDate;

public record MembershipItem(Long id, long version, long bodyId, long personId, String personName,
                             Long organisationId, String organisationName, MembershipRole role, LocalDate validFrom,
                             LocalDate validTo) {

    public boolean activeOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    public MembershipData toData() {
        return new MembershipData(organisationId, role, validFrom, validTo);
    }
}
