package de.lenkwerk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the text of an imported cell into a date or a number, with bounds checked before any arithmetic: a cell such
 * as {@code 1E500000000} would otherwise make {@code BigDecimal} build a number of 500 million digits.
 */
final class ImportValues {

    /** Deadlines and measurements outside this range are typing errors or crafted cells. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** Longer numbers are not typed by anyone; refused before they are parsed. */
    static final int MAX_NUMBER_CHARS = 40;
    /** Digits before the decimal point: what numeric(19, 4) holds. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_EXPONENT = 20;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ImportValues() {
    }

    /** A date in one of the accepted forms, whatever its year; see {@link #inRange}. */
    static Optional<LocalDate> date(String text) {
        var cleaned = text.strip();
        if (cleaned.length() > 10) {
            return Optional.empty();
        }
        for (var format : DATES) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * A plain number as the reader gives it ("12.5", "-3", "1.5E3"), or as typed in German ("12,5", "1.234,5");
     * empty for anything else, also for NaN, Infinity and numbers too long or too large.
     */
    static Optional<BigDecimal> number(String text) {
        var cleaned = text.strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX_NUMBER_CHARS) {
            return Optional.empty();
        }
        if (cleaned.contains(",")) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        }
        if (!NUMBER.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        var value = new BigDecimal(cleaned);
        // the regex allows three exponent digits; the magnitude is checked before anything is computed with it
        if (Math.abs((long) value.precision() - value.scale()) > MAX_INTEGER_DIGITS + MAX_EXPONENT
                || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(value.scale() > 10 ? value.setScale(10, RoundingMode.HALF_UP) : value);
    }

    /** A whole percentage ("45", "45%", "44,6"), rounded; the caller checks 0–100. */
    static Optional<Integer> percent(String text) {
        var cleaned = text.strip();
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        return number(cleaned).filter(v -> v.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0)
                .map(v -> v.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
