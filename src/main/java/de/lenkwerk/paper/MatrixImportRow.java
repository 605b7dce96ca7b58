package de.lenkwerk.paper;

import java.util.Map;
import java.util.Set;

/**
 * One row of a matrix read from Excel, as the import's preview worked it out: an existing row ({@code rowKey}) whose
 * cells change, or a new row of a section ({@code rowKey} null) with its task. {@code cells} holds the parties whose
 * column was in the file, each with its whole new set of roles; parties without a column keep their roles.
 */
public record MatrixImportRow(String sectionKey, String rowKey, String task, Map<Long, Set<PaperRole>> cells) {

    public MatrixImportRow {
        cells = Map.copyOf(cells);
    }
}
