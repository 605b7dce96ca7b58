package de.lenkwerk.history;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * History stores neutral text (ISO dates, numbers with a dot, {@code Type.CONSTANT}); this turns it into the
 * reader's language, for the history tab and the report's change sheet alike.
 */
public final class HistoryValues {

    private HistoryValues() {
    }

    /** {@code translate} resolves message keys such as {@code yes}, {@code none}, {@code enum.Rag.RED}. */
    public static String display(String value, Locale locale, Function<String, String> translate) {
        if (value == null) {
            return translate.apply("none");
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?")) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .format(LocalDateTime.parse(value));
        }
        if (value.matches("-?\\d+\\.\\d+")) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(4);
            return format.format(new BigDecimal(value));
        }
        if (value.equals("true") || value.equals("false")) {
            return translate.apply(value.equals("true") ? "yes" : "no");
        }
        if (value.matches("[A-Z][A-Za-z]+\\.[A-Z_]+")) {
            return translate.apply("enum." + value);
        }
        return value;
    }
}
