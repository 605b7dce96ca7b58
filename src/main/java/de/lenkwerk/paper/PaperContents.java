package de.lenkwerk.paper;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads a version's sections, rows and cells in outline order, and copies them into a new version. */
@Component
class PaperContents {

    private final PaperSectionRepository sections;
    private final PaperRowRepository rows;

    PaperContents(PaperSectionRepository sections, PaperRowRepository rows) {
        this.sections = sections;
        this.rows = rows;
    }

    /** The sections in outline order: each top-level section followed by its subsections. */
    List<PaperSection> outline(long versionId) {
        var all = sections.findByPaperVersionIdOrderBySortOrderAscIdAsc(versionId);
        var children = all.stream().filter(s -> s.getParentKey() != null)
                .collect(Collectors.groupingBy(PaperSection::getParentKey, LinkedHashMap::new, Collectors.toList()));
        var ordered = new ArrayList<PaperSection>();
        all.stream().filter(s -> s.getParentKey() == null).forEach(top -> {
            ordered.add(top);
            ordered.addAll(children.getOrDefault(top.getKey(), List.of()));
        });
        return ordered;
    }

    PaperContent load(PaperVersion version) {
        var outline = outline(version.getId());
        var rowsBySection = rows.findBySectionIdInOrderBySortOrderAscIdAsc(
                        outline.stream().map(PaperSection::getId).toList()).stream()
                .collect(Collectors.groupingBy(PaperRow::getSectionId));
        var result = new ArrayList<PaperContent.Section>();
        int major = 0;
        int minor = 0;
        for (var section : outline) {
            String number;
            if (section.getParentKey() == null) {
                major++;
                minor = 0;
                number = String.valueOf(major);
            } else {
                minor++;
                number = major + "." + minor;
            }
            var sectionRows = rowsBySection.getOrDefault(section.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(PaperRow::getSortOrder).thenComparing(PaperRow::getId))
                    .map(row -> toRow(section, row)).toList();
            result.add(new PaperContent.Section(section.getId(), section.getVersion(), section.getKey(),
                    section.getParentKey(), number, section.getParentKey() == null ? 1 : 2, section.getTitle(),
                    section.getText(), section.isMatrix(), sectionRows));
        }
        return new PaperContent(version.getNumber(), result);
    }

    static PaperContent.Row toRow(PaperSection section, PaperRow row) {
        Map<Long, java.util.Set<PaperRole>> cells = row.roleMap();
        return new PaperContent.Row(row.getId(), row.getVersion(), row.getKey(), section.getKey(), row.getTask(), cells,
                MatrixRule.check(row.getTask(), cells.values()));
    }

    /**
     * Copies every section and row of one version into another. With {@code freshKeys} (a template for another
     * paper) sections and rows get new keys; within a paper they keep theirs, so versions stay comparable.
     * {@code parties} maps the old party ids to the new ones (the identity within a paper).
     */
    void copy(long fromVersionId, long toVersionId, Map<Long, Long> parties, boolean freshKeys) {
        var keys = new java.util.HashMap<String, String>();
        for (var section : sections.findByPaperVersionIdOrderBySortOrderAscIdAsc(fromVersionId)) {
            var key = freshKeys ? keys.computeIfAbsent(section.getKey(), k -> newKey()) : section.getKey();
            var parent = section.getParentKey() == null ? null
                    : freshKeys ? keys.computeIfAbsent(section.getParentKey(), k -> newKey()) : section.getParentKey();
            var copy = sections.save(new PaperSection(toVersionId, key, parent, section.getSortOrder(),
                    section.getTitle(), section.getText(), section.isMatrix()));
            for (var row : rows.findBySectionIdOrderBySortOrderAscIdAsc(section.getId())) {
                var rowCopy = new PaperRow(copy.getId(), freshKeys ? newKey() : row.getKey(), row.getSortOrder(),
                        row.getTask());
                row.roleMap().forEach((party, roles) -> {
                    var target = parties.get(party);
                    if (target != null) {
                        rowCopy.setRoles(target, roles);
                    }
                });
                rows.save(rowCopy);
            }
        }
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
