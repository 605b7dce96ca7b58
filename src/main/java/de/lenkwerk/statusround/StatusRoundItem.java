package de.lenkwerk.statusround;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A status round as lists and its page show it; {@code label} is the body's short name and the meeting date. */
public record StatusRoundItem(Long id, long version, long bodyId, String bodyName, String label, Long meetingId,
                              String meetingTitle, LocalDateTime meetingStartsAt, LocalDate answerBy,
                              StatusRoundState state, LocalDateTime changesSince, LocalDateTime startedAt,
                              String startedBy, LocalDateTime closedAt, long asked, long answered) {

    public boolean isOpen() {
        return state == StatusRoundState.OPEN;
    }
}
