package de.lenkwerk.api.v1;

import de.lenkwerk.meeting.AgendaEntry;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingState;

import java.time.LocalDateTime;
import java.util.List;

public record MeetingWithAgendaDto(long id, long version, long bodyId, String title, LocalDateTime startsAt,
                                   String place, MeetingState state, String minutes, List<AgendaItemDto> agendaItems) {

    /** An agenda item with its running number (TOP 1, TOP 2 …). */
    public record AgendaItemDto(long id, int number, String title, String notes) {
    }

    static MeetingWithAgendaDto of(MeetingItem m, List<AgendaEntry> agenda) {
        return new MeetingWithAgendaDto(m.id(), m.version(), m.bodyId(), m.title(), m.startsAt(), m.place(),
                m.state(), m.minutes(), agenda.stream()
                .map(a -> new AgendaItemDto(a.id(), a.number(), a.title(), a.notes())).toList());
    }
}
