package de.lenkwerk.paper;

import de.lenkwerk.action.Rag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The records the paper service hands out. */
public final class PaperItems {

    private PaperItems() {
    }

    /** A paper in a list: its latest version and the latest adopted one. */
    public record PaperItem(long id, long bodyId, String bodyName, String title, int latestNumber,
                            boolean latestAdopted, Integer adoptedNumber, LocalDate adoptedOn) {
    }

    /** An organisation, or a functional level of it ("Jobcenter Leipzig – Teamleitung"). */
    public record Party(long id, long organisationId, String organisation, String organisationShortName,
                        String functionalLevel) {

        public String label() {
            return functionalLevel == null ? organisation : organisation + " – " + functionalLevel;
        }

        public String shortLabel() {
            return functionalLevel == null ? organisationShortName : organisationShortName + " · " + functionalLevel;
        }
    }

    /** Version N: a draft, or adopted on a date, maybe in a meeting. */
    public record Version(int number, boolean adopted, LocalDate adoptedOn, Long meetingId, String meetingTitle,
                          String adoptedBy) {
    }

    /** One paper at one version, with what the signed-in user may do. */
    public record PaperDetail(long id, long version, long bodyId, String bodyName, String title, String purpose,
                              String templateTitle, List<Party> parties, List<Version> versions, Version shown,
                              PaperContent content, boolean canEdit, boolean canAdopt, List<Long> partiesToAcknowledge,
                              String updatedBy, LocalDateTime updatedAt) {

        public boolean isDraft() {
            return !shown.adopted();
        }

        /** Editing is only possible on the draft, or on the latest adopted version, which starts draft N+1. */
        public boolean editable() {
            return canEdit && shown.number() == versions.getLast().number();
        }

        public Party party(long partyId) {
            return parties.stream().filter(p -> p.id() == partyId).findFirst().orElse(null);
        }
    }

    /** Who acting for a party has confirmed a version ("gelesen und anerkannt"), and who has not yet. */
    public record AcknowledgementStatus(Party party, List<Confirmed> confirmed, List<String> pending) {
    }

    public record Confirmed(String name, LocalDateTime at) {
    }

    /** An action that came from the paper, with its live traffic light. */
    public record PaperAction(long actionId, String number, String title, Rag colour, int versionNumber,
                              String section, String task) {
    }

    /** One row of a paper where a party has roles, for the view across papers. */
    public record Duty(long paperId, String paperTitle, String bodyName, int versionNumber, boolean adopted,
                       String section, String task, String party, Set<PaperRole> roles, List<String> informed,
                       List<String> accountable) {
    }
}
