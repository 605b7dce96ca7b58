package de.lenkwerk.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fields of a record as history sees them. Services take one before and one after a change; the difference
 * is what gets recorded.
 */
public final class Snapshot {

    private final Map<String, String> values = new LinkedHashMap<>();

    public Snapshot put(String field, Object value) {
        values.put(field, format(value));
        return this;
    }

    Map<String, String> values() {
        return values;
    }

    static String format(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> e -> e.getDeclaringClass().getSimpleName() + "." + e.name();
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case LocalDate d -> d.toString();
            case LocalDateTime t -> t.withNano(0).toString();
            case Collection<?> c -> c.stream().map(Snapshot::format).sorted().collect(Collectors.joining(", "));
            case Boolean b -> b ? "true" : "false";
            default -> {
                var text = value.toString();
                yield text.isEmpty() ? null : text;
            }
        };
    }
}
