package de.lenkwerk.meeting;

/** An agenda item with its running number (TOP 1, TOP 2 …). */
public record AgendaEntry(Long id, long meetingId, int number, String title, String notes) {

    public static final int TITLE_MAX = 300;
    public static final int NOTES_MAX = 8000;
}
