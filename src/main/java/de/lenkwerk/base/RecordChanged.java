package de.lenkwerk.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record of a module that the history module itself depends on (organisations, people, accounts) has changed.
 * Those modules cannot call the history, so they publish this inside their transaction and the history records it
 * exactly as {@code HistoryService.recordChanges} would: every field whose value differs, with the acting account.
 * {@code recordType} names a {@code RecordType} constant; values may be null.
 */
public record RecordChanged(String recordType, long recordId, Map<String, Object> before, Map<String, Object> after) {

    public RecordChanged {
        before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** A new record: every field from nothing to its value. */
    public static RecordChanged created(String recordType, long recordId, Map<String, Object> values) {
        return new RecordChanged(recordType, recordId, Map.of(), values);
    }

    /** An ordered map that keeps null values, for snapshots of entities. */
    public static Map<String, Object> fields(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
