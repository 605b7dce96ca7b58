package de.lenkwerk.api.v1;

import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingState;

import java.time.LocalDateTime;

/** A meeting in a list; {@link MeetingWithAgendaDto} adds the agenda. */
public record MeetingDto(long id, long version, long bodyId, String title, LocalDateTime startsAt, String place,
                         MeetingState state) {

    static MeetingDto of(MeetingItem m) {
        return new MeetingDto(m.id(), m.version(), m.bodyId(), m.title(), m.startsAt(), m.place(), m.state());
    }
}
