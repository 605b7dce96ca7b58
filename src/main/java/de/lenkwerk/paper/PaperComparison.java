package de.lenkwerk.paper;

import java.util.List;

/**
 * What changed from one version of a paper to another: per row, which party gained or lost which role; the rows
 * added, removed or renamed; the sections added, removed or with changed text.
 */
public record PaperComparison(int fromNumber, int toNumber, List<RoleChange> roleChanges, List<RowChange> rowChanges,
                              List<SectionChange> sectionChanges) {

    public PaperComparison {
        roleChanges = List.copyOf(roleChanges);
        rowChanges = List.copyOf(rowChanges);
        sectionChanges = List.copyOf(sectionChanges);
    }

    public boolean isEmpty() {
        return roleChanges.isEmpty() && rowChanges.isEmpty() && sectionChanges.isEmpty();
    }

    public record RoleChange(String section, String rowKey, String task, long partyId, PaperRole role, boolean gained) {
    }

    public enum RowChangeKind { ADDED, REMOVED, RENAMED }

    /** {@code previousTask} only for a renamed row. */
    public record RowChange(String section, String task, RowChangeKind kind, String previousTask) {
    }

    public enum SectionChangeKind { ADDED, REMOVED, TITLE_CHANGED, TEXT_CHANGED }

    public record SectionChange(String heading, SectionChangeKind kind) {
    }
}
