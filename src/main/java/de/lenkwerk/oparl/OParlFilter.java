package de.lenkwerk.oparl;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of an OParl object list: {@code created_since}, {@code created_until}, {@code modified_since},
 * {@code modified_until} (RFC 3339 date-times), {@code omit_internal} (embedded objects left out) and the page.
 */
record OParlFilter(OffsetDateTime createdSince, OffsetDateTime createdUntil, OffsetDateTime modifiedSince,
                   OffsetDateTime modifiedUntil, boolean omitInternal, int page) {

    static final OParlFilter NONE = new OParlFilter(null, null, null, null, false, 1);

    /** @throws BadFilterException with the German message for a value that is not a date-time or page number */
    static OParlFilter of(Map<String, String> params) {
        var page = 1;
        if (params.containsKey("page")) {
            try {
                page = Integer.parseInt(params.get("page"));
            } catch (NumberFormatException e) {
                throw new BadFilterException("page");
            }
            if (page < 1) {
                throw new BadFilterException("page");
            }
        }
        var omit = params.get("omit_internal");
        return new OParlFilter(time(params, "created_since"), time(params, "created_until"),
                time(params, "modified_since"), time(params, "modified_until"),
                omit != null && !omit.equalsIgnoreCase("false") && !omit.equals("0"), page);
    }

    private static OffsetDateTime time(Map<String, String> params, String name) {
        var value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new BadFilterException(name);
        }
    }

    /** Whether an object with these stored times (in the application's zone) passes the time filters. */
    boolean matches(LocalDateTime created, LocalDateTime modified, ZoneId zone) {
        return within(created, createdSince, createdUntil, zone) && within(modified, modifiedSince, modifiedUntil, zone);
    }

    private static boolean within(LocalDateTime time, OffsetDateTime since, OffsetDateTime until, ZoneId zone) {
        if (since == null && until == null) {
            return true;
        }
        if (time == null) {
            return false;
        }
        var instant = time.atZone(zone).toInstant();
        return (since == null || !instant.isBefore(since.toInstant()))
               && (until == null || !instant.isAfter(until.toInstant()));
    }

    /** The filter parameters as given, for the links to other pages of the same list. */
    Map<String, String> parameters() {
        var result = new LinkedHashMap<String, String>();
        if (createdSince != null) {
            result.put("created_since", createdSince.toString());
        }
        if (createdUntil != null) {
            result.put("created_until", createdUntil.toString());
        }
        if (modifiedSince != null) {
            result.put("modified_since", modifiedSince.toString());
        }
        if (modifiedUntil != null) {
            result.put("modified_until", modifiedUntil.toString());
        }
        if (omitInternal) {
            result.put("omit_internal", "true");
        }
        return result;
    }

    /** A filter value the list cannot read; answered with 400 and the parameter's name. */
    static final class BadFilterException extends RuntimeException {

        private final String parameter;

        BadFilterException(String parameter) {
            super("bad OParl parameter " + parameter);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
