package de.lenkwerk.api.v1;

import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.body.MembershipRole;

import java.time.LocalDate;

public record MembershipDto(long id, long bodyId, long personId, String personName, Long organisationId,
                            String organisationName, MembershipRole role, LocalDate validFrom, LocalDate validTo) {

    static MembershipDto of(MembershipItem m) {
        return new MembershipDto(m.id(), m.bodyId(), m.personId(), m.personName(), m.organisationId(),
                m.organisationName(), m.role(), m.validFrom(), m.validTo());
    }
}
