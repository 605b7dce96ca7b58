package de.lenkwerk.paper;

import de.lenkwerk.paper.PaperComparison.RoleChange;
import de.lenkwerk.paper.PaperComparison.RowChange;
import de.lenkwerk.paper.PaperComparison.RowChangeKind;
import de.lenkwerk.paper.PaperComparison.SectionChange;
import de.lenkwerk.paper.PaperComparison.SectionChangeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {

    private static final long JC = 1;
    private static final long CITY = 2;

    @Test
    void aRoleMovingFromOnePartyToAnotherIsOneLossAndOneGain() {
        var v1 = content(1, section("s1", "Aufträge", "Text", row("r1", "Erstberatung", Map.of(JC, Set.of(ACCOUNTABLE, DOES)))));
        var v2 = content(2, section("s1", "Aufträge", "Text",
                row("r1", "Erstberatung", Map.of(JC, Set.of(DOES), CITY, Set.of(ACCOUNTABLE)))));

        var comparison = VersionComparison.compare(v1, v2);

        assertThat(comparison.roleChanges()).containsExactly(
                new RoleChange("1 Aufträge", "r1", "Erstberatung", JC, ACCOUNTABLE, false),
                new RoleChange("1 Aufträge", "r1", "Erstberatung", CITY, ACCOUNTABLE, true));
        assertThat(comparison.rowChanges()).isEmpty();
        assertThat(comparison.sectionChanges()).isEmpty();
    }

    @Test
    void addedRemovedAndRenamedRowsAreNamed() {
        var v1 = content(1, section("s1", "Aufträge", null,
                row("r1", "Erstberatung", Map.of(JC, Set.of(ACCOUNTABLE))),
                row("r2", "Aktenübergabe", Map.of(CITY, Set.of(INFORMED)))));
        var v2 = content(2, section("s1", "Aufträge", null,
                row("r1", "Erstberatung mit Dolmetscher", Map.of(JC, Set.of(ACCOUNTABLE))),
                row("r3", "Nachbetreuung", Map.of(CITY, Set.of(DOES)))));

        var comparison = VersionComparison.compare(v1, v2);

        assertThat(comparison.rowChanges()).containsExactlyInAnyOrder(
                new RowChange("1 Aufträge", "Erstberatung mit Dolmetscher", RowChangeKind.RENAMED, "Erstberatung"),
                new RowChange("1 Aufträge", "Nachbetreuung", RowChangeKind.ADDED, null),
                new RowChange("1 Aufträge", "Aktenübergabe", RowChangeKind.REMOVED, null));
        assertThat(comparison.roleChanges()).containsExactly(
                new RoleChange("1 Aufträge", "r3", "Nachbetreuung", CITY, DOES, true));
    }

    @Test
    void sectionsWithChangedTextAddedOrRemovedAreListedButWhitespaceIsNoChange() {
        var v1 = content(1, section("s1", "Erwartungen", "Wir beraten.\n"), section("s2", "Kodex", "Respekt"));
        var v2 = content(2, section("s1", "Erwartungen", "Wir beraten."), section("s3", "Verhaltenskodex", "Respekt"),
                section("s4", "Neu", null));
        var v3 = content(3, section("s1", "Erwartungen", "Wir beraten gemeinsam."));

        assertThat(VersionComparison.compare(v1, v2).sectionChanges()).containsExactlyInAnyOrder(
                new SectionChange("2 Verhaltenskodex", SectionChangeKind.ADDED),
                new SectionChange("3 Neu", SectionChangeKind.ADDED),
                new SectionChange("2 Kodex", SectionChangeKind.REMOVED));
        assertThat(VersionComparison.compare(v2, v3).sectionChanges())
                .contains(new SectionChange("1 Erwartungen", SectionChangeKind.TEXT_CHANGED));
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        var v1 = content(1, section("s1", "Aufträge", "Text", row("r1", "Erstberatung", Map.of(JC, Set.of(ACCOUNTABLE)))));
        assertThat(VersionComparison.compare(v1, v1).isEmpty()).isTrue();
    }

    private static PaperContent content(int number, PaperContent.Section... sections) {
        var numbered = new java.util.ArrayList<PaperContent.Section>();
        for (int i = 0; i < sections.length; i++) {
            var s = sections[i];
            numbered.add(new PaperContent.Section(i, 0, s.key(), null, String.valueOf(i + 1), 1, s.title(), s.text(),
                    s.matrix(), s.rows().stream().map(r -> new PaperContent.Row(r.id(), 0, r.key(), s.key(), r.task(),
                    r.cells(), List.of())).toList()));
        }
        return new PaperContent(number, numbered);
    }

    private static PaperContent.Section section(String key, String title, String text, PaperContent.Row... rows) {
        return new PaperContent.Section(0, 0, key, null, "?", 1, title, text, rows.length > 0, List.of(rows));
    }

    private static PaperContent.Row row(String key, String task, Map<Long, Set<PaperRole>> cells) {
        return new PaperContent.Row(0, 0, key, null, task, cells, List.of());
    }
}
