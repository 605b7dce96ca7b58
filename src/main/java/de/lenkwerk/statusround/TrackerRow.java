package de.lenkwerk.statusround;

import java.time.LocalDateTime;

/** One owner in a round's tracker: how many actions they were asked about, how many they answered, and when. */
public record TrackerRow(long personId, String personName, String organisationName, long asked, long answered,
                         LocalDateTime lastAnsweredAt, LocalDateTime remindedAt) {

    public boolean complete() {
        return answered >= asked;
    }
}
