package de.lenkwerk.meeting;

import de.lenkwerk.body.MembershipRole;

public record ParticipantItem(Long id, long membershipId, String personName, String organisationName,
                              MembershipRole role, boolean attended) {
}
