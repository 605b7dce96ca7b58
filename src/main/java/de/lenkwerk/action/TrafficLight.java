package de.lenkwerk.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A colour with its reasons in words. Reasons are translation keys with arguments, most severe first, so that the
 * same light reads naturally in German and English.
 */
public record TrafficLight(Rag colour, List<Reason> reasons) {

    public TrafficLight {
        reasons = List.copyOf(reasons);
    }

    public record Reason(String key, List<String> args) {

        public Reason(String key, Object... args) {
            this(key, Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    /** Stored form for lists and filters: {@code key|arg|arg;key|arg}. */
    public String encodeReasons() {
        var parts = new ArrayList<String>();
        for (var reason : reasons) {
            var part = new StringBuilder(reason.key());
            reason.args().forEach(arg -> part.append('|').append(arg.replace('|', '/').replace(';', ',')));
            parts.add(part.toString());
        }
        var encoded = String.join(";", parts);
        return encoded.length() > 1000 ? encoded.substring(0, 1000) : encoded;
    }

    public static List<Reason> decodeReasons(String encoded) {
        var result = new ArrayList<Reason>();
        if (encoded == null || encoded.isBlank()) {
            return result;
        }
        for (var part : encoded.split(";")) {
            var pieces = part.split("\\|", -1);
            result.add(new Reason(pieces[0], Arrays.asList(pieces).subList(1, pieces.length)));
        }
        return result;
    }
}
