package de.lenkwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = AgendaEntry.TITLE_MAX)
    private String title;

    @Column(length = AgendaEntry.NOTES_MAX)
    private String notes;

    protected AgendaItem() {
    }

    AgendaItem(long meetingId, int sortOrder, String title) {
        this.meetingId = meetingId;
        this.sortOrder = sortOrder;
        this.title = title;
    }

    Long getId() {
        return id;
    }

    Long getMeetingId() {
        return meetingId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    String getTitle() {
        return title;
    }

    void editNotes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes;
    }

    /** The notes as stored, empty when there are none. */
    String notesText() {
        return notes == null ? "" : notes;
    }

    AgendaEntry toEntry(int number) {
        return new AgendaEntry(id, meetingId, number, title, notes);
    }
}
