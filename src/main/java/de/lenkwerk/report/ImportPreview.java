package de.lenkwerk.report;

import de.lenkwerk.action.ActionData;

import java.util.List;
import java.util.Map;

/**
 * What an upload would do, before anything changes: every data row as new, changed (with old and new values),
 * unchanged, or in error (with reasons). Applying it needs no errors, and happens in one transaction.
 */
public record ImportPreview(long bodyId, String fileName, List<String> headers, Map<ImportField, Integer> mapping,
                            List<Row> rows) {

    public enum Kind {
        NEW, CHANGED, UNCHANGED, ERROR
    }

    /** A message key with arguments, translated by the screen. */
    public record Message(String key, List<String> args) {
    }

    /** {@code fieldLabel}, when set, names the field itself (a party of a paper) instead of a message key. */
    public record Change(String fieldKey, String fieldLabel, String oldValue, String newValue) {

        public Change(String fieldKey, String oldValue, String newValue) {
            this(fieldKey, null, oldValue, newValue);
        }
    }

    public record Row(int rowNumber, Kind kind, String number, String title, List<Change> changes, List<Message> errors,
                      Long actionId, Long version, ActionData data) {
    }

    public long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    public boolean canApply() {
        return count(Kind.ERROR) == 0 && count(Kind.NEW) + count(Kind.CHANGED) > 0;
    }
}
