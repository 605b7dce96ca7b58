package de.lenkwerk.meeting;

import java.time.LocalDateTime;

public record MeetingItem(Long id, long version, long bodyId, String title, LocalDateTime startsAt, String place,
                          MeetingState state, String minutes) {

    public MeetingData toData() {
        return new MeetingData(title, startsAt, place, state, minutes);
    }
}
