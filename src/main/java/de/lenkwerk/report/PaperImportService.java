package de.lenkwerk.report;

import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.paper.MatrixImportRow;
import de.lenkwerk.paper.PaperContent;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperItems.Party;
import de.lenkwerk.paper.PaperRole;
import de.lenkwerk.paper.PaperService;
import de.lenkwerk.report.ImportPreview.Change;
import de.lenkwerk.report.ImportPreview.Kind;
import de.lenkwerk.report.ImportPreview.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports the responsibility matrices of a paper from Excel, in the shape of the matrix export: one sheet per
 * section, a header row with "Aufgabe / Prozessschritt" and one column per party, then one row per task with the
 * role letters (D, V, M, I or R, A, C, I), up to the first empty row. The preview shows per row what becomes new
 * or changes, and every refused row with its reason; nothing changes before it is applied, and applying is all or
 * nothing (the paper service does it in one transaction and refuses a paper changed since the preview). Rows that
 * are not in the file stay as they are. Cells with a formula are refused, text is taken literally.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PaperImportService {

    private final PaperService papers;
    private final Translations translations;
    private final ExcelListReader reader;

    PaperImportService(PaperService papers, Translations translations,
                       @Value("${lenkwerk.import.max-megabytes:5}") int maxMegabytes,
                       @Value("${lenkwerk.import.max-rows:5000}") int maxRows) {
        this.papers = papers;
        this.translations = translations;
        this.reader = new ExcelListReader(maxMegabytes * 1024L * 1024L, maxRows);
    }

    /** A party's cell before and after the import. */
    public record CellChange(String party, Set<PaperRole> before, Set<PaperRole> after) {
    }

    /** One row of a sheet: new, changed, unchanged or refused with its reasons. */
    public record MatrixRow(int rowNumber, String sheet, Kind kind, String section, String task,
                            List<CellChange> changes, List<Message> errors, MatrixImportRow data) {
    }

    public record MatrixPreview(long paperId, long paperVersion, String fileName, List<MatrixRow> rows) {

        public long count(Kind kind) {
            return rows.stream().filter(r -> r.kind() == kind).count();
        }

        public boolean canApply() {
            return count(Kind.ERROR) == 0 && count(Kind.NEW) + count(Kind.CHANGED) > 0;
        }

        /**
         * The same preview as the action import shows: the section in the number column, the task as the title, one
         * change per party whose roles change, written with {@code letters} in the reader's language.
         */
        public ImportPreview asPreview(Function<Set<PaperRole>, String> letters) {
            return new ImportPreview(-1, fileName, List.of(), Map.of(), rows.stream()
                    .map(r -> new ImportPreview.Row(r.rowNumber(), r.kind(), r.section() == null ? r.sheet() : r.section(),
                            r.task(), r.changes().stream().map(c -> new Change(null, c.party(),
                                    c.before().isEmpty() ? "–" : letters.apply(c.before()),
                                    c.after().isEmpty() ? "–" : letters.apply(c.after()))).toList(),
                            r.errors(), null, null, null)).toList());
        }
    }

    /** The paper at its latest version, for the import page; only the secretariat that edits it may import. */
    public PaperDetail paper(long paperId) {
        var paper = papers.get(paperId, null);
        if (!paper.canEdit()) {
            throw new AccessDeniedException("only the secretariat imports into a paper");
        }
        return paper;
    }

    public MatrixPreview preview(long paperId, String fileName, byte[] bytes) {
        var paper = paper(paperId);
        var sheets = reader.readAll(bytes);
        var rows = new ArrayList<MatrixRow>();
        var usedSections = new HashSet<String>();
        for (var sheet : sheets) {
            evaluate(paper, sheet, usedSections, rows);
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("paper.import.error.no-matrix");
        }
        return new MatrixPreview(paper.id(), paper.version(), fileName, List.copyOf(rows));
    }

    /** Applies the new and changed rows; a preview with refused rows, or a paper changed since, changes nothing. */
    public PaperDetail apply(MatrixPreview preview) {
        if (!preview.canApply()) {
            throw new UserFacingException("import.error.not-applicable");
        }
        return papers.importMatrix(preview.paperId(), preview.paperVersion(), preview.rows().stream()
                .filter(r -> r.kind() == Kind.NEW || r.kind() == Kind.CHANGED).map(MatrixRow::data).toList());
    }

    private void evaluate(PaperDetail paper, ExcelListReader.RawSheet sheet, Set<String> usedSections,
                          List<MatrixRow> out) {
        var all = sheet.rows();
        if (all.stream().allMatch(r -> r.stream().allMatch(String::isBlank))) {
            return;
        }
        var headerIndex = -1;
        for (int r = 0; r < all.size() && headerIndex < 0; r++) {
            if (isTaskHeader(cell(all.get(r), 0))) {
                headerIndex = r;
            }
        }
        if (headerIndex < 0) {
            out.add(sheetError(sheet, 1, null, message("paper.import.row.no-header", sheet.name())));
            return;
        }
        var section = section(paper, sheet);
        if (section.isEmpty()) {
            out.add(sheetError(sheet, headerIndex + 1, null, message("paper.import.row.no-section", sheet.name())));
            return;
        }
        var heading = section.get().heading();
        if (!usedSections.add(section.get().key())) {
            out.add(sheetError(sheet, headerIndex + 1, heading, message("paper.import.row.section-twice", heading)));
            return;
        }
        // the party columns: every non-empty header after the task column
        var header = all.get(headerIndex);
        var columns = new LinkedHashMap<Integer, Party>();
        var headerErrors = new ArrayList<Message>();
        for (int c = 1; c < header.size(); c++) {
            var name = cell(header, c);
            if (name.isEmpty()) {
                continue;
            }
            var party = party(paper, name);
            if (party.isEmpty()) {
                headerErrors.add(message("paper.import.row.unknown-party", name));
            } else if (columns.containsValue(party.get())) {
                headerErrors.add(message("paper.import.row.party-twice", name));
            } else {
                columns.put(c, party.get());
            }
        }
        var headerPrefix = headerIndex + ":";
        if (sheet.formulaCells().stream().anyMatch(f -> f.startsWith(headerPrefix))) {
            headerErrors.add(message("paper.import.row.formula"));
        }
        if (!headerErrors.isEmpty()) {
            out.add(sheetError(sheet, headerIndex + 1, heading, headerErrors.toArray(Message[]::new)));
            return;
        }
        var existing = section.get().rows().stream().collect(Collectors.toMap(r -> normal(r.task()),
                Function.identity(), (a, b) -> a));
        var seen = new HashMap<String, Integer>();
        for (int r = headerIndex + 1; r < all.size(); r++) {
            var cells = all.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                break; // the table ends at the first empty row; the legend follows
            }
            out.add(row(sheet, r, cells, section.get(), columns, existing, seen));
        }
    }

    private MatrixRow row(ExcelListReader.RawSheet sheet, int r, List<String> cells, PaperContent.Section section,
                          Map<Integer, Party> columns, Map<String, PaperContent.Row> existing,
                          Map<String, Integer> seen) {
        var errors = new ArrayList<Message>();
        var task = cell(cells, 0);
        if (sheet.isFormula(r, 0)) {
            errors.add(message("paper.import.row.formula-in-task"));
        }
        if (task.isEmpty()) {
            errors.add(message("paper.import.row.task-missing"));
        } else if (task.length() > PaperData.TASK_MAX) {
            errors.add(message("paper.import.row.task-too-long", PaperData.TASK_MAX));
        } else if (seen.putIfAbsent(normal(task), r + 1) != null) {
            errors.add(message("paper.import.row.task-twice", task, seen.get(normal(task))));
        }
        var newCells = new LinkedHashMap<Long, Set<PaperRole>>();
        for (var column : columns.entrySet()) {
            var party = column.getValue();
            if (sheet.isFormula(r, column.getKey())) {
                errors.add(message("paper.import.row.formula-in", party.label()));
                continue;
            }
            var text = cell(cells, column.getKey());
            var roles = roles(text);
            if (roles.isEmpty()) {
                errors.add(message("paper.import.row.letters", text, party.label()));
            } else {
                newCells.put(party.id(), roles.get());
            }
        }
        for (int c = 1; c < cells.size(); c++) {
            if (!columns.containsKey(c) && !cell(cells, c).isEmpty()) {
                errors.add(message("paper.import.row.no-column", cell(cells, c)));
            }
        }
        var shownTask = task.length() > 120 ? task.substring(0, 120) + "…" : task;
        if (!errors.isEmpty()) {
            return new MatrixRow(r + 1, sheet.name(), Kind.ERROR, section.heading(), shownTask, List.of(),
                    errors, null);
        }
        var current = existing.get(normal(task));
        var changes = new ArrayList<CellChange>();
        for (var column : columns.values()) {
            var before = current == null ? Set.<PaperRole>of() : current.roles(column.id());
            var after = newCells.get(column.id());
            if (!before.equals(after)) {
                changes.add(new CellChange(column.label(), before, after));
            }
        }
        if (current == null) {
            return new MatrixRow(r + 1, sheet.name(), Kind.NEW, section.heading(), shownTask, changes, List.of(),
                    new MatrixImportRow(section.key(), null, task, newCells));
        }
        return new MatrixRow(r + 1, sheet.name(), changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                section.heading(), shownTask, changes, List.of(),
                new MatrixImportRow(section.key(), current.key(), current.task(), newCells));
    }

    /**
     * The letters of either language: D, V, M, I (German) or R, A, C, I (English), which do not clash; spaces,
     * commas, slashes and plus signs between them are allowed. Empty when the text holds anything else.
     */
    static Optional<Set<PaperRole>> roles(String text) {
        var roles = EnumSet.noneOf(PaperRole.class);
        for (var ch : text.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (ch) {
                case 'D', 'R' -> roles.add(PaperRole.DOES);
                case 'V', 'A' -> roles.add(PaperRole.ACCOUNTABLE);
                case 'M', 'C' -> roles.add(PaperRole.CONSULTED);
                case 'I' -> roles.add(PaperRole.INFORMED);
                case ' ', ',', ';', '/', '+', '\u00a0' -> {
                    // a separator
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(roles);
    }

    /** By the export's sheet name, else by the section's title (with or without its number), among matrix sections. */
    private Optional<PaperContent.Section> section(PaperDetail paper, ExcelListReader.RawSheet sheet) {
        var matrices = paper.content().sections().stream().filter(PaperContent.Section::matrix).toList();
        var used = new HashSet<String>();
        for (var section : matrices) {
            if (PaperMatrixWriter.sheetName(section, used).equalsIgnoreCase(sheet.name())) {
                return Optional.of(section);
            }
        }
        var name = normal(sheet.name().replaceFirst("^[0-9.]+\\s+", ""));
        return matrices.stream().filter(s -> normal(s.title()).equals(name)
                || normal(s.heading()).equals(normal(sheet.name()))).findFirst();
    }

    private static Optional<Party> party(PaperDetail paper, String header) {
        var wanted = normal(header);
        return paper.parties().stream().filter(p -> normal(p.label()).equals(wanted)
                || normal(p.shortLabel()).equals(wanted)).findFirst();
    }

    private boolean isTaskHeader(String text) {
        var wanted = normal(text);
        return !wanted.isEmpty() && (wanted.equals(normal(translations.text(Locale.GERMAN, "paper.task")))
                || wanted.equals(normal(translations.text(Locale.ENGLISH, "paper.task")))
                || wanted.equals("aufgabe") || wanted.equals("task"));
    }

    private static MatrixRow sheetError(ExcelListReader.RawSheet sheet, int rowNumber, String section,
                                        Message... errors) {
        return new MatrixRow(rowNumber, sheet.name(), Kind.ERROR, section, null, List.of(), List.of(errors), null);
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    private static Message message(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
