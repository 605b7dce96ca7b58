package de.lenkwerk.report;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.action.MeasurementItem;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.report.ImportPreview.Change;
import de.lenkwerk.report.ImportPreview.Kind;
import de.lenkwerk.report.ImportPreview.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports indicator values of a body's actions from Excel, in the form of the status report's sheet "Messwerte": one
 * row per value with Nr., Indikator, Datum, Wert and Kommentar; for a broken-down indicator one row per category
 * (column Kategorie), whose rows of the same action, indicator and day make one measurement ("Gesamt" rows are then
 * derived and ignored). The preview is the one of the action import: new, unchanged (already there, so a report can be
 * uploaded again) and faulty rows with their reasons; applying is all or nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ValueImportService {

    static final Set<String> VALUE_SHEETS = Set.of("Messwerte", "Measurements");
    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "number", Set.of("nr.", "nr", "nummer", "no.", "number"),
            "indicator", Set.of("indikator", "indicator"),
            "date", Set.of("datum", "date", "stichtag"),
            "value", Set.of("wert", "value", "messwert"),
            "comment", Set.of("kommentar", "comment", "bemerkung"),
            "category", Set.of("kategorie", "category"));

    private final ActionService actions;
    private final IndicatorService indicators;
    private final BodyService bodies;
    private final ExcelListReader reader;
    private final Clock clock;

    ValueImportService(ActionService actions, IndicatorService indicators, BodyService bodies,
                       @Value("${lenkwerk.import.max-megabytes:5}") int maxMegabytes,
                       @Value("${lenkwerk.import.max-rows:5000}") int maxRows, Clock clock) {
        this.actions = actions;
        this.indicators = indicators;
        this.bodies = bodies;
        this.clock = clock;
        this.reader = new ExcelListReader(maxMegabytes * 1024L * 1024L, maxRows);
    }

    /** One measurement the file would add, or why it cannot. */
    public record ValueRow(int rowNumber, Kind kind, String number, String indicator, List<Message> errors,
                           String shown, Long indicatorId, MeasurementData data) {
    }

    public record ValuePreview(long bodyId, String fileName, List<ValueRow> rows) {

        public long count(Kind kind) {
            return rows.stream().filter(r -> r.kind() == kind).count();
        }

        public boolean canApply() {
            return count(Kind.ERROR) == 0 && count(Kind.NEW) > 0;
        }

        /** The same preview as the action import shows: the value (per category) as the "new" side of a change. */
        public ImportPreview asPreview() {
            return new ImportPreview(bodyId, fileName, List.of(), Map.of(), rows.stream()
                    .map(r -> new ImportPreview.Row(r.rowNumber(), r.kind(), r.number(), r.indicator(),
                            r.shown() == null ? List.of() : List.of(new Change("measurement.value", null, r.shown())),
                            r.errors(), null, null, null)).toList());
        }
    }

    public ValuePreview preview(long bodyId, String fileName, byte[] bytes) {
        return preview(bodyId, fileName, bytes, ImportProgress.NONE);
    }

    /** As {@link #preview(long, String, byte[])}, reporting progress and stopping when it is cancelled. */
    public ValuePreview preview(long bodyId, String fileName, byte[] bytes, ImportProgress progress) {
        requireManage(bodyId);
        var sheet = reader.read(bytes, VALUE_SHEETS, rows -> progress.advance(0.1 * rows / reader.maxRows()));
        var columns = columns(sheet.headers());
        if (!columns.keySet().containsAll(List.of("number", "indicator", "date", "value"))) {
            throw new UserFacingException("import.values.error.columns");
        }
        var byNumber = new HashMap<String, Long>();
        actions.list(ActionFilter.ofBody(bodyId), Pageable.unpaged())
                .forEach(a -> byNumber.put(a.number().toUpperCase(Locale.ROOT), a.id()));
        var indicatorCache = new HashMap<Long, List<IndicatorItem>>();
        var measuredCache = new HashMap<Long, List<MeasurementItem>>();
        // rows of one action, indicator and day with a category form one measurement
        var groups = new LinkedHashMap<String, List<Integer>>();
        var rows = new ArrayList<ValueRow>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            var cells = sheet.rows().get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            var key = String.join("|", cell(cells, columns, "number"), cell(cells, columns, "indicator"),
                    cell(cells, columns, "date")).toUpperCase(Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        int done = 0;
        for (var group : groups.values()) {
            progress.advance(0.1 + 0.9 * done++ / groups.size());
            rows.add(evaluate(group, sheet, columns, byNumber, indicatorCache, measuredCache));
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        return new ValuePreview(bodyId, fileName, List.copyOf(rows));
    }

    /** Adds every new value in one transaction; one refusal undoes all. */
    @Transactional
    public int apply(ValuePreview preview) {
        return apply(preview, ImportProgress.NONE);
    }

    /** As {@link #apply(ValuePreview)}; a cancel stops it and rolls back every value added so far. */
    @Transactional
    public int apply(ValuePreview preview, ImportProgress progress) {
        requireManage(preview.bodyId());
        if (!preview.canApply()) {
            throw new UserFacingException("import.error.not-applicable");
        }
        int applied = 0;
        int seen = 0;
        for (var row : preview.rows()) {
            progress.advance((double) seen++ / preview.rows().size());
            if (row.kind() == Kind.NEW) {
                indicators.addMeasurement(row.indicatorId(), row.data());
                applied++;
            }
        }
        bodies.recordImport(preview.bodyId(), "import.history.values", preview.fileName(), applied, 0);
        return applied;
    }

    private ValueRow evaluate(List<Integer> group, ExcelListReader.Sheet sheet, Map<String, Integer> columns,
                              Map<String, Long> byNumber, Map<Long, List<IndicatorItem>> indicatorCache,
                              Map<Long, List<MeasurementItem>> measuredCache) {
        var first = sheet.rows().get(group.getFirst());
        var rowNumber = group.getFirst() + 2;
        var number = cell(first, columns, "number");
        var name = cell(first, columns, "indicator");
        var errors = new ArrayList<Message>();
        var actionId = number == null ? null : byNumber.get(number.toUpperCase(Locale.ROOT));
        if (actionId == null) {
            errors.add(message(number == null ? "import.values.row.number-missing" : "import.row.unknown-number", number));
        }
        var indicator = actionId == null || name == null ? Optional.<IndicatorItem>empty()
                : indicatorCache.computeIfAbsent(actionId, indicators::forAction).stream()
                .filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
        if (actionId != null && indicator.isEmpty()) {
            errors.add(message("import.values.row.indicator-unknown", name == null ? "" : name));
        }
        var dateText = cell(first, columns, "date");
        var date = dateText == null ? Optional.<LocalDate>empty() : ActionImportService.parseDate(dateText);
        if (date.isEmpty()) {
            errors.add(message("import.row.date-invalid", dateText == null ? "" : dateText));
        } else if (!ImportValues.inRange(date.get())) {
            errors.add(message("import.row.date-out-of-range", dateText));
        } else if (date.get().isAfter(LocalDate.now(clock))) {
            errors.add(message("measurement.error.future"));
        }
        var comment = cell(first, columns, "comment");
        BigDecimal total = null;
        var byCategory = new LinkedHashMap<String, BigDecimal>();
        for (var index : group) {
            var cells = sheet.rows().get(index);
            var category = cell(cells, columns, "category");
            var text = cell(cells, columns, "value");
            var value = text == null ? null : parseNumber(text);
            if (value == null) {
                errors.add(message("import.values.row.value-invalid", text == null ? "" : text));
                continue;
            }
            if (category == null || indicator.isPresent() && !indicator.get().isBrokenDown()) {
                total = value;
            } else if (indicator.isPresent() && !indicator.get().categories().contains(category)) {
                // "Gesamt"/"Total" rows of the report are derived from the categories
                if (!category.equalsIgnoreCase("gesamt") && !category.equalsIgnoreCase("total")) {
                    errors.add(message("measurement.error.category", category));
                }
            } else {
                byCategory.put(category, value);
            }
        }
        if (!errors.isEmpty() || indicator.isEmpty()) {
            return new ValueRow(rowNumber, Kind.ERROR, number, name, errors, null, null, null);
        }
        var data = new MeasurementData(date.get(), byCategory.isEmpty() ? total : null, comment,
                byCategory.isEmpty() ? Map.of() : byCategory);
        var shown = ReportCells.dayMonthYear(date.get()) + " · " + (byCategory.isEmpty() ? plain(total)
                : byCategory.entrySet().stream().map(e -> e.getKey() + ": " + plain(e.getValue()))
                .collect(Collectors.joining("; ")));
        var existing = measuredCache.computeIfAbsent(indicator.get().id(), indicators::allMeasurements);
        var known = existing.stream().anyMatch(m -> m.measuredOn().equals(data.measuredOn())
                && (data.byCategory().isEmpty() ? m.byCategory().isEmpty() && m.value().compareTo(data.value()) == 0
                : sameValues(m.byCategory(), data.byCategory())));
        return new ValueRow(rowNumber, known ? Kind.UNCHANGED : Kind.NEW, number, indicator.get().name(), List.of(),
                shown, indicator.get().id(), data);
    }

    private static boolean sameValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.size() == b.size() && a.entrySet().stream()
                .allMatch(e -> b.containsKey(e.getKey()) && b.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    static Map<String, Integer> columns(List<String> headers) {
        var result = new HashMap<String, Integer>();
        for (int i = 0; i < headers.size(); i++) {
            var header = headers.get(i).strip().toLowerCase(Locale.GERMAN);
            for (var entry : COLUMNS.entrySet()) {
                if (entry.getValue().contains(header)) {
                    result.putIfAbsent(entry.getKey(), i);
                }
            }
        }
        return result;
    }

    /** Plain numbers as the reader gives them ("12.5"), or as typed in German ("12,5"). */
    static BigDecimal parseNumber(String text) {
        return ImportValues.number(text).orElse(null);
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        var index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        var value = cells.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Message message(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(a -> Objects.toString(a, "")).toList());
    }

    private void requireManage(long bodyId) {
        if (!bodies.canManage(bodyId)) {
            bodies.get(bodyId);
            throw new AccessDeniedException("import needs the secretariat of the body");
        }
    }
}
