package de.lenkwerk.report;

import java.time.Clock;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.Translations;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonNames;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.report.ImportPreview.Change;
import de.lenkwerk.report.ImportPreview.Kind;
import de.lenkwerk.report.ImportPreview.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a list of agreements from Excel into a body: either the status report's action sheet, edited (a round
 * trip by action number), or any list whose columns the user maps. Nothing changes before the preview is applied,
 * and applying is all or nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionImportService {

    private final ActionService actions;
    private final BodyService bodies;
    private final PersonService people;
    private final OrganisationService organisations;
    private final Translations translations;
    private final ExcelListReader reader;
    private final Clock clock;

    ActionImportService(ActionService actions, BodyService bodies, PersonService people,
                        OrganisationService organisations, Translations translations,
                        @Value("${lenkwerk.import.max-megabytes:5}") int maxMegabytes,
                        @Value("${lenkwerk.import.max-rows:5000}") int maxRows, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.bodies = bodies;
        this.people = people;
        this.organisations = organisations;
        this.translations = translations;
        this.reader = new ExcelListReader(maxMegabytes * 1024L * 1024L, maxRows);
    }

    /** Reads the file and guesses which column holds which field from the headers. */
    public ImportPreview preview(long bodyId, String fileName, byte[] bytes) {
        return preview(bodyId, fileName, bytes, ImportProgress.NONE);
    }

    /** The largest file accepted, for the upload to stop reading beyond it. */
    public long maxBytes() {
        return reader.maxBytes();
    }

    /** As {@link #preview(long, String, byte[])}, reporting progress and stopping when it is cancelled. */
    public ImportPreview preview(long bodyId, String fileName, byte[] bytes, ImportProgress progress) {
        requireManage(bodyId);
        var sheet = read(bytes, progress);
        return evaluate(bodyId, fileName, sheet, guessMapping(sheet.headers()), progress);
    }

    /** Evaluates again with the columns as the user mapped them. */
    public ImportPreview remap(long bodyId, String fileName, byte[] bytes, Map<ImportField, Integer> mapping) {
        return remap(bodyId, fileName, bytes, mapping, ImportProgress.NONE);
    }

    public ImportPreview remap(long bodyId, String fileName, byte[] bytes, Map<ImportField, Integer> mapping,
                               ImportProgress progress) {
        requireManage(bodyId);
        return evaluate(bodyId, fileName, read(bytes, progress), mapping, progress);
    }

    private ExcelListReader.Sheet read(byte[] bytes, ImportProgress progress) {
        // reading is quick next to looking up every row: the first tenth of the bar
        return reader.read(bytes, ExcelListReader.ACTION_SHEETS,
                rows -> progress.advance(0.1 * rows / reader.maxRows()));
    }

    /** Applies new and changed rows in one transaction; any refusal (a concurrent change, say) undoes all. */
    @Transactional
    public int apply(ImportPreview preview) {
        return apply(preview, ImportProgress.NONE);
    }

    /** As {@link #apply(ImportPreview)}; a cancel stops it and rolls back every row applied so far. */
    @Transactional
    public int apply(ImportPreview preview, ImportProgress progress) {
        requireManage(preview.bodyId());
        if (!preview.canApply()) {
            throw new UserFacingException("import.error.not-applicable");
        }
        int added = 0;
        int changed = 0;
        int seen = 0;
        for (var row : preview.rows()) {
            progress.advance((double) seen++ / preview.rows().size());
            if (row.kind() == Kind.NEW) {
                actions.create(preview.bodyId(), row.data(), null);
                added++;
            } else if (row.kind() == Kind.CHANGED) {
                actions.update(row.actionId(), row.version(), row.data());
                changed++;
            }
        }
        bodies.recordImport(preview.bodyId(), "import.history.actions", preview.fileName(), added, changed);
        return added + changed;
    }

    static Map<ImportField, Integer> guessMapping(List<String> headers) {
        var mapping = new EnumMap<ImportField, Integer>(ImportField.class);
        Map<ImportField, Set<String>> names = Map.of(
                ImportField.NUMBER, Set.of("nr.", "nr", "nummer", "no.", "number"),
                ImportField.TITLE, Set.of("titel", "title", "maßnahme", "vereinbarung", "action"),
                ImportField.OWNER, Set.of("verantwortlich", "verantwortliche", "verantwortliche/r", "owner"),
                ImportField.ORGANISATION, Set.of("organisation", "federführende organisation", "lead organisation",
                        "organization"),
                ImportField.DEADLINE, Set.of("frist", "deadline", "termin", "fällig"),
                ImportField.STATUS, Set.of("status", "stand"),
                ImportField.PROGRESS, Set.of("fortschritt", "progress", "fortschritt (%)", "progress (%)"),
                ImportField.DESCRIPTION, Set.of("beschreibung", "description"));
        for (int i = 0; i < headers.size(); i++) {
            var header = headers.get(i).strip().toLowerCase(Locale.GERMAN);
            for (var entry : names.entrySet()) {
                if (entry.getValue().contains(header)) {
                    mapping.putIfAbsent(entry.getKey(), i);
                }
            }
        }
        return mapping;
    }

    private ImportPreview evaluate(long bodyId, String fileName, ExcelListReader.Sheet sheet,
                                   Map<ImportField, Integer> mapping, ImportProgress progress) {
        if (!mapping.containsKey(ImportField.TITLE) && !mapping.containsKey(ImportField.NUMBER)) {
            throw new UserFacingException("import.error.no-title-column");
        }
        var existing = new HashMap<String, ActionDetail>();
        actions.list(ActionFilter.ofBody(bodyId), Pageable.unpaged())
                .forEach(a -> existing.put(a.number().toUpperCase(Locale.ROOT), null));
        var rows = new ArrayList<ImportPreview.Row>();
        var personCache = new HashMap<String, Optional<PersonItem>>();
        var organisationCache = new HashMap<String, Optional<OrganisationItem>>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            progress.advance(0.1 + 0.9 * i / sheet.rows().size());
            var cells = sheet.rows().get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(evaluateRow(bodyId, i + 2, cells, mapping, existing, personCache, organisationCache));
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        return new ImportPreview(bodyId, fileName, sheet.headers(), Map.copyOf(mapping), List.copyOf(rows));
    }

    private ImportPreview.Row evaluateRow(long bodyId, int rowNumber, List<String> cells, Map<ImportField, Integer> mapping,
                                          Map<String, ActionDetail> existing, Map<String, Optional<PersonItem>> personCache,
                                          Map<String, Optional<OrganisationItem>> organisationCache) {
        var errors = new ArrayList<Message>();
        var number = cell(cells, mapping, ImportField.NUMBER);
        ActionDetail current = null;
        if (number != null) {
            var key = number.toUpperCase(Locale.ROOT);
            if (!existing.containsKey(key)) {
                errors.add(message("import.row.unknown-number", number));
            } else {
                current = existing.get(key);
                if (current == null) {
                    current = actions.list(new ActionFilter(bodyId, null, null, null, null, null, null, number, false, null),
                                    Pageable.unpaged()).stream().filter(a -> a.number().equalsIgnoreCase(number))
                            .findFirst().map(a -> actions.get(a.id())).orElse(null);
                    existing.put(key, current);
                }
            }
        }
        var base = current != null ? current.toData()
                : new ActionData("", null, null, null, null, Set.of(), LocalDate.now(clock), null, ActionStatus.PLANNED, 0,
                null, null, null, null);

        var title = mapping.containsKey(ImportField.TITLE) ? cell(cells, mapping, ImportField.TITLE) : base.title();
        if (title == null || title.isBlank()) {
            errors.add(message("import.row.title-missing"));
        } else if (title.length() > ActionData.TITLE_MAX) {
            errors.add(message("import.row.title-too-long", ActionData.TITLE_MAX));
        }
        var ownerId = base.ownerPersonId();
        var organisationId = base.ownerOrganisationId();
        if (mapping.containsKey(ImportField.OWNER)) {
            var name = cell(cells, mapping, ImportField.OWNER);
            var owner = name == null ? Optional.<PersonItem>empty() : personCache.computeIfAbsent(name, this::findPerson);
            if (owner.isEmpty()) {
                errors.add(message(name == null ? "import.row.owner-missing" : "import.row.owner-unknown", name));
            } else if (!Objects.equals(owner.get().id(), ownerId)) {
                ownerId = owner.get().id();
                organisationId = owner.get().organisationId();
            }
        } else if (ownerId == null) {
            errors.add(message("import.row.owner-missing"));
        }
        if (mapping.containsKey(ImportField.ORGANISATION)) {
            var name = cell(cells, mapping, ImportField.ORGANISATION);
            if (name != null) {
                var organisation = organisationCache.computeIfAbsent(name, this::findOrganisation);
                if (organisation.isEmpty()) {
                    errors.add(message("import.row.organisation-unknown", name));
                } else {
                    organisationId = organisation.get().id();
                }
            }
        }
        var deadline = base.deadline();
        if (mapping.containsKey(ImportField.DEADLINE)) {
            var text = cell(cells, mapping, ImportField.DEADLINE);
            deadline = text == null ? null : parseDate(text).orElse(null);
            if (text != null && deadline == null) {
                errors.add(message("import.row.date-invalid", text));
            } else if (deadline != null && !ImportValues.inRange(deadline)) {
                errors.add(message("import.row.date-out-of-range", text));
                deadline = null;
            }
        }
        if (deadline == null && errors.stream().noneMatch(e -> e.key().startsWith("import.row.date-"))) {
            errors.add(message("import.row.deadline-missing"));
        }
        var status = base.status();
        if (mapping.containsKey(ImportField.STATUS) && cell(cells, mapping, ImportField.STATUS) != null) {
            var text = cell(cells, mapping, ImportField.STATUS);
            status = parseStatus(text).orElse(null);
            if (status == null) {
                errors.add(message("import.row.status-unknown", text));
                status = base.status();
            }
        }
        var progress = base.progress();
        if (mapping.containsKey(ImportField.PROGRESS) && cell(cells, mapping, ImportField.PROGRESS) != null) {
            var text = cell(cells, mapping, ImportField.PROGRESS);
            var parsed = parseProgress(text);
            if (parsed.isEmpty() || parsed.get() < 0 || parsed.get() > 100) {
                errors.add(message("import.row.progress-invalid", text));
            } else {
                progress = parsed.get();
            }
        }
        var description = mapping.containsKey(ImportField.DESCRIPTION) ? cell(cells, mapping, ImportField.DESCRIPTION)
                : base.description();
        if (description != null && description.length() > ActionData.DESCRIPTION_MAX) {
            errors.add(message("import.row.description-too-long", ActionData.DESCRIPTION_MAX));
        }
        var start = base.startDate();
        if (start != null && deadline != null && deadline.isBefore(start)) {
            start = current == null ? deadline : start;
            if (deadline.isBefore(start)) {
                errors.add(message("import.row.deadline-before-start"));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportPreview.Row(rowNumber, Kind.ERROR, number, title, List.of(), errors, null, null, null);
        }
        var data = new ActionData(title.strip(), description, ownerId, organisationId, base.deputyPersonId(),
                base.contributorIds(), start, deadline, status, progress, base.sourceMeetingId(), base.sourceAgendaItemId(),
                base.sourceReference(), base.parentId());
        if (current == null) {
            return new ImportPreview.Row(rowNumber, Kind.NEW, null, title, List.of(), List.of(), null, null, data);
        }
        var changes = changes(current, data);
        return new ImportPreview.Row(rowNumber, changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, current.number(),
                title, changes, List.of(), current.id(), current.version(), data);
    }

    private List<Change> changes(ActionDetail current, ActionData data) {
        var changes = new ArrayList<Change>();
        compare(changes, "action.title", current.title(), data.title());
        compare(changes, "action.description", current.description(), data.description());
        if (!Objects.equals(current.ownerPersonId(), data.ownerPersonId())) {
            changes.add(new Change("action.owner", current.ownerName(),
                    people.get(data.ownerPersonId()).map(PersonItem::fullName).orElse("?")));
        }
        if (!Objects.equals(current.ownerOrganisationId(), data.ownerOrganisationId())) {
            changes.add(new Change("action.owner-organisation", current.ownerOrganisationName(),
                    data.ownerOrganisationId() == null ? null
                            : organisations.get(data.ownerOrganisationId()).map(OrganisationItem::name).orElse("?")));
        }
        compare(changes, "action.deadline", str(current.deadline()), str(data.deadline()));
        compare(changes, "action.status", "ActionStatus." + current.status().name(), "ActionStatus." + data.status().name());
        compare(changes, "action.progress", String.valueOf(current.progress()), String.valueOf(data.progress()));
        return changes;
    }

    private static void compare(List<Change> changes, String key, String old, String now) {
        var a = old == null || old.isBlank() ? null : old.strip();
        var b = now == null || now.isBlank() ? null : now.strip();
        if (!Objects.equals(a, b)) {
            changes.add(new Change(key, a, b));
        }
    }

    private Optional<PersonItem> findPerson(String written) {
        // the report writes people without an account as "Name (ohne Zugang)": a round trip finds them by the name
        var name = PersonNames.withoutMark(written, SupportedLocales.ALL.stream()
                .<PersonNames.Texts>map(locale -> (key, params) -> translations.text(locale, key, params)).toList());
        var matches = people.search(name, PageRequest.of(0, 20)).stream()
                .filter(p -> p.fullName().equalsIgnoreCase(name.strip())).toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    private Optional<OrganisationItem> findOrganisation(String name) {
        var wanted = name.strip();
        return organisations.search(wanted, PageRequest.of(0, 20)).stream()
                .filter(o -> o.name().equalsIgnoreCase(wanted) || o.shortName().equalsIgnoreCase(wanted)).findFirst();
    }

    static Optional<LocalDate> parseDate(String text) {
        return ImportValues.date(text);
    }

    Optional<ActionStatus> parseStatus(String text) {
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        for (var status : ActionStatus.values()) {
            if (status.name().equalsIgnoreCase(wanted)
                    || translations.text(Locale.GERMAN, "enum.ActionStatus." + status.name()).equalsIgnoreCase(wanted)
                    || translations.text(Locale.ENGLISH, "enum.ActionStatus." + status.name()).equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> parseProgress(String text) {
        return ImportValues.percent(text);
    }

    private static String cell(List<String> cells, Map<ImportField, Integer> mapping, ImportField field) {
        var column = mapping.get(field);
        if (column == null || column >= cells.size()) {
            return null;
        }
        var value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Message message(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void requireManage(long bodyId) {
        if (!bodies.canManage(bodyId)) {
            bodies.get(bodyId);
            throw new AccessDeniedException("import needs the secretariat of the body");
        }
    }
}
