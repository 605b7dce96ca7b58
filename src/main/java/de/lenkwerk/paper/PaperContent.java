package de.lenkwerk.paper;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sections, rows and cells of one version of a paper, in reading order. */
public record PaperContent(int number, List<Section> sections) {

    public PaperContent {
        sections = List.copyOf(sections);
    }

    /** All rows that break the rule, with their section. */
    public List<Row> brokenRows() {
        return sections.stream().flatMap(s -> s.rows().stream()).filter(r -> !r.breaks().isEmpty()).toList();
    }

    /**
     * A section; {@code number} is its place in the outline ("2", "2.1"), {@code level} 1 or 2. Sections with a
     * matrix have rows.
     */
    public record Section(long id, long version, String key, String parentKey, String number, int level, String title,
                          String text, boolean matrix, List<Row> rows) {

        public Section {
            rows = List.copyOf(rows);
        }

        public String heading() {
            return number + " " + title;
        }
    }

    /** A task or process step with the roles of each party (party id to roles) and the rule breaks it has. */
    public record Row(long id, long version, String key, String sectionKey, String task,
                      Map<Long, Set<PaperRole>> cells, List<RuleBreak> breaks) {

        public Row {
            cells = Map.copyOf(cells);
            breaks = List.copyOf(breaks);
        }

        public Set<PaperRole> roles(long partyId) {
            return cells.getOrDefault(partyId, Set.of());
        }
    }
}
