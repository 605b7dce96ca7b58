package de.lenkwerk.meeting;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting of a published body with its timestamps and numbered agenda, for the OParl interface. */
public record PublicMeeting(MeetingItem meeting, LocalDateTime created, LocalDateTime modified,
                           List<AgendaEntry> agenda) {

    public PublicMeeting {
        agenda = List.copyOf(agenda);
    }

    public long id() {
        return meeting.id();
    }
}
