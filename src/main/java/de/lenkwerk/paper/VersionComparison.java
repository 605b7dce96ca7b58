package de.lenkwerk.paper;

import de.lenkwerk.paper.PaperComparison.RoleChange;
import de.lenkwerk.paper.PaperComparison.RowChange;
import de.lenkwerk.paper.PaperComparison.RowChangeKind;
import de.lenkwerk.paper.PaperComparison.SectionChange;
import de.lenkwerk.paper.PaperComparison.SectionChangeKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of a paper. Sections and rows are matched by their key, which stays the same from version
 * to version, so a renamed row is one row, not one removed and one added. Pure: no database, no clock.
 */
public final class VersionComparison {

    private VersionComparison() {
    }

    public static PaperComparison compare(PaperContent from, PaperContent to) {
        var oldSections = bySectionKey(from);
        var newSections = bySectionKey(to);
        var oldRows = byRowKey(from);
        var newRows = byRowKey(to);
        var sectionChanges = new ArrayList<SectionChange>();
        var rowChanges = new ArrayList<RowChange>();
        var roleChanges = new ArrayList<RoleChange>();

        for (var section : to.sections()) {
            var before = oldSections.get(section.key());
            if (before == null) {
                sectionChanges.add(new SectionChange(section.heading(), SectionChangeKind.ADDED));
                continue;
            }
            if (!before.title().equals(section.title())) {
                sectionChanges.add(new SectionChange(section.heading(), SectionChangeKind.TITLE_CHANGED));
            }
            if (!Objects.equals(normalise(before.text()), normalise(section.text()))) {
                sectionChanges.add(new SectionChange(section.heading(), SectionChangeKind.TEXT_CHANGED));
            }
        }
        for (var section : from.sections()) {
            if (!newSections.containsKey(section.key())) {
                sectionChanges.add(new SectionChange(section.heading(), SectionChangeKind.REMOVED));
            }
        }

        for (var section : to.sections()) {
            for (var row : section.rows()) {
                var before = oldRows.get(row.key());
                if (before == null) {
                    rowChanges.add(new RowChange(section.heading(), row.task(), RowChangeKind.ADDED, null));
                    row.cells().forEach((party, roles) -> roles.forEach(role ->
                            roleChanges.add(new RoleChange(section.heading(), row.key(), row.task(), party, role, true))));
                    continue;
                }
                if (!before.task().equals(row.task())) {
                    rowChanges.add(new RowChange(section.heading(), row.task(), RowChangeKind.RENAMED, before.task()));
                }
                var parties = new LinkedHashSet<Long>(before.cells().keySet());
                parties.addAll(row.cells().keySet());
                for (var party : parties.stream().sorted().toList()) {
                    var had = before.roles(party);
                    var has = row.roles(party);
                    for (var role : PaperRole.values()) {
                        if (has.contains(role) != had.contains(role)) {
                            roleChanges.add(new RoleChange(section.heading(), row.key(), row.task(), party, role,
                                    has.contains(role)));
                        }
                    }
                }
            }
        }
        var removedSectionTitles = from.sections().stream()
                .collect(Collectors.toMap(PaperContent.Section::key, PaperContent.Section::heading));
        for (var row : oldRows.values()) {
            if (!newRows.containsKey(row.key())) {
                rowChanges.add(new RowChange(removedSectionTitles.get(row.sectionKey()), row.task(),
                        RowChangeKind.REMOVED, null));
            }
        }
        return new PaperComparison(from.number(), to.number(), roleChanges, rowChanges, sectionChanges);
    }

    private static String normalise(String text) {
        return text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
    }

    private static Map<String, PaperContent.Section> bySectionKey(PaperContent content) {
        return content.sections().stream().collect(Collectors.toMap(PaperContent.Section::key, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, PaperContent.Row> byRowKey(PaperContent content) {
        var rows = new LinkedHashMap<String, PaperContent.Row>();
        content.sections().forEach(s -> s.rows().forEach(r -> rows.put(r.key(), r)));
        return rows;
    }

}
