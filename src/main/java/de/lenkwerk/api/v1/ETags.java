package de.lenkwerk.api.v1;

import org.springframework.http.HttpHeaders;

/**
 * Entity tags from the records' optimistic-lock versions: {@code "7"} is version 7. A write sends the tag it last
 * read in {@code If-Match}; the service compares the version and refuses a stale one (412).
 */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static HttpHeaders header(long version) {
        var headers = new HttpHeaders();
        headers.setETag(of(version));
        return headers;
    }

    /** The version an If-Match names; 428 without one ("*" names none), 400 for one that is not ours. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw ApiException.ifMatchRequired();
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            var version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to the validation problem
        }
        throw ApiException.invalid(new ApiException.FieldProblem(HttpHeaders.IF_MATCH, "api.problem.if-match.malformed"));
    }
}
