package de.lenkwerk.history;

import java.time.Clock;
import de.lenkwerk.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records and reads the change history. It has no access checks of its own: only feature services call it,
 * inside their own transaction and after their own checks.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class HistoryService {

    private static final List<RecordType> BODY_TYPES =
            List.of(RecordType.BODY, RecordType.MEMBERSHIP, RecordType.STATUS_ROUND, RecordType.IMPORT);

    private final ChangeEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    HistoryService(ChangeEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records every field whose value differs between the two snapshots; empty and missing count as the same. */
    public void recordChanges(RecordRef ref, Snapshot before, Snapshot after) {
        var now = LocalDateTime.now(clock);
        var actor = new Actor(currentUser.actorAccountId().orElse(null), currentUser.actorName());
        after.values().forEach((field, newValue) -> {
            var oldValue = before.values().get(field);
            // "no contributors" before and after is no change: a new record lists only the fields it fills
            if (!Objects.equals(blankToNull(oldValue), blankToNull(newValue))) {
                entries.save(new ChangeEntry(ref, field, oldValue, newValue, actor, now));
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Records a new record: every filled field from nothing to its value. */
    public void recordCreated(RecordRef ref, Snapshot created) {
        recordChanges(ref, new Snapshot(), created);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<HistoryEntry> forAction(long actionId, Pageable pageable) {
        return entries.findByActionIdOrderByChangedAtDescIdDesc(actionId, pageable).stream()
                .map(ChangeEntry::toEntry).toList();
    }

    /** Everything recorded for an action (and its indicators and measurements) since the given time, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<HistoryEntry> forActionSince(long actionId, LocalDateTime since) {
        return entries.findByActionIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(actionId, since).stream()
                .map(ChangeEntry::toEntry).toList();
    }

    /** Everything recorded for one record, newest first, e.g. a paper (whose parts are recorded under it). */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<HistoryEntry> forRecord(RecordType type, long recordId, Pageable pageable) {
        return entries.findByRecordTypeAndRecordIdOrderByChangedAtDescIdDesc(type, recordId, pageable).stream()
                .map(ChangeEntry::toEntry).toList();
    }

    /**
     * What happened to a body itself: its fields, memberships, status rounds and imports, newest first. Its actions,
     * meetings and papers keep their own history on their pages.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<HistoryEntry> forBody(long bodyId, Pageable pageable) {
        return entries.findByBodyIdAndRecordTypeInOrderByChangedAtDescIdDesc(bodyId, BODY_TYPES, pageable).stream()
                .map(ChangeEntry::toEntry).toList();
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long countForBody(long bodyId) {
        return entries.countByBodyIdAndRecordTypeIn(bodyId, BODY_TYPES);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long countForRecord(RecordType type, long recordId) {
        return entries.countByRecordTypeAndRecordId(type, recordId);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long countForAction(long actionId) {
        return entries.countByActionId(actionId);
    }

    /**
     * Everything recorded since the given time for each of these actions, oldest first per action. For the report's
     * changes sheet, one chunk of actions at a time; which actions the user may see decides the caller.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Map<Long, List<HistoryEntry>> forActionsSince(Collection<Long> actionIds, LocalDateTime since) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        var result = new LinkedHashMap<Long, List<HistoryEntry>>();
        for (var e : entries.findOfActionsSince(actionIds, since)) {
            result.computeIfAbsent(e.actionId(), id -> new ArrayList<>()).add(e.toEntry());
        }
        return result;
    }

    /**
     * The newest changes of actions in these bodies ({@code null}: in any body), newest first, one page at a time
     * (reads the index on changed_at and stops early). The caller keeps the actions the user may see.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<ActionChangeTime> newestOfActions(Collection<Long> bodyIds, Pageable pageable) {
        if (bodyIds == null) {
            return entries.findNewestOfActions(pageable);
        }
        return bodyIds.isEmpty() ? List.of() : entries.findNewestOfActionsIn(bodyIds, pageable);
    }
}
