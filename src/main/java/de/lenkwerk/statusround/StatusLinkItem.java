package de.lenkwerk.statusround;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One personal link in the round's tracker: to whom, about how many actions, and what happened when. */
public record StatusLinkItem(long id, Long roundId, long personId, String personName, String organisationName,
                             boolean withoutAccess, int actionCount, LocalDate endsOn, LocalDateTime sentAt,
                             LocalDateTime firstOpenedAt, LocalDateTime answeredAt, LocalDateTime remindedAt,
                             LocalDateTime revokedAt, StatusLinkState state) {

    /** Still usable, so it can be reminded or revoked. */
    public boolean active() {
        return state != StatusLinkState.REVOKED && state != StatusLinkState.ENDED;
    }
}
