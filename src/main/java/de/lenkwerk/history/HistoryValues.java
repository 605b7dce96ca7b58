package de.lenkwerk.history;

import de.lenkwerk.base.ui.Formats;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;

/**
 * History stores neutral text (ISO dates, numbers with a dot, {@code Type.CONSTANT}); this turns it into the
 * reader's language, for the history tab and the report's change sheet alike.
 */
public final class HistoryValues {

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern DATE_TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+\\.\\d+");
    private static final java.util.regex.Pattern ENUM = java.util.regex.Pattern.compile("[A-Z][A-Za-z]+\\.[A-Z_]+");

    private HistoryValues() {
    }

    /** {@code translate} resolves message keys such as {@code yes}, {@code none}, {@code enum.Rag.RED}. */
    public static String display(String value, Locale locale, Function<String, String> translate) {
        if (value == null) {
            return translate.apply("none");
        }
        try {
            if (DATE.matcher(value).matches()) {
                return Formats.date(LocalDate.parse(value), locale);
            }
            if (DATE_TIME.matcher(value).matches()) {
                return Formats.dateTime(LocalDateTime.parse(value), locale);
            }
        } catch (DateTimeException e) {
            // typed text that only looks like a date ("2026-13-45"): shown as it is
            return value;
        }
        if (DECIMAL.matcher(value).matches()) {
            return Formats.number(new BigDecimal(value), locale);
        }
        if (value.equals("true") || value.equals("false")) {
            return translate.apply(value.equals("true") ? "yes" : "no");
        }
        if (ENUM.matcher(value).matches()) {
            return translate.apply("enum." + value);
        }
        return value;
    }
}
