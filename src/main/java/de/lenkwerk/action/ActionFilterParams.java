package de.lenkwerk.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ActionFilter} as address parameters ({@code gremium=3&ampel=RED}). The actions list and the status
 * report use the same names, so a filtered list and its report always show the same actions. Unknown or malformed
 * values are ignored rather than refused: an address is typed by people.
 */
public final class ActionFilterParams {

    private ActionFilterParams() {
    }

    public static Map<String, String> toParams(ActionFilter f) {
        var params = new LinkedHashMap<String, String>();
        put(params, "auswahl", f.scope() == ActionFilter.Scope.ALL ? null : f.scope().name());
        put(params, "gremium", f.bodyId());
        put(params, "organisation", f.organisationId());
        put(params, "verantwortlich", f.ownerPersonId());
        put(params, "status", f.status() == null ? null : f.status().name());
        put(params, "ampel", f.rag() == null ? null : f.rag().name());
        put(params, "frist-ab", f.deadlineFrom());
        put(params, "frist-bis", f.deadlineTo());
        put(params, "suche", f.text() == null || f.text().isBlank() ? null : f.text());
        put(params, "sitzung", f.meetingId());
        return params;
    }

    public static ActionFilter fromParams(Map<String, List<String>> params) {
        return new ActionFilter(id(params, "gremium"), id(params, "organisation"), id(params, "verantwortlich"),
                enumValue(params, "status", ActionStatus.class), enumValue(params, "ampel", Rag.class),
                date(params, "frist-ab"), date(params, "frist-bis"), value(params, "suche").orElse(null), false,
                id(params, "sitzung"),
                Optional.ofNullable(enumValue(params, "auswahl", ActionFilter.Scope.class)).orElse(ActionFilter.Scope.ALL));
    }

    public static Optional<String> value(Map<String, List<String>> params, String key) {
        var values = params.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    public static Long id(Map<String, List<String>> params, String key) {
        return value(params, key).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    public static LocalDate date(Map<String, List<String>> params, String key) {
        return value(params, key).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static <E extends Enum<E>> E enumValue(Map<String, List<String>> params, String key, Class<E> type) {
        return value(params, key).flatMap(v -> {
            try {
                return Optional.of(Enum.valueOf(type, v));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static void put(Map<String, String> params, String key, Object value) {
        if (value != null) {
            params.put(key, value.toString());
        }
    }
}
