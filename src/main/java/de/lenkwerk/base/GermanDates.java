package de.lenkwerk.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates people type into a deadline field: {@code 31.03.2027}, {@code 31.3.27}, {@code 31.3.} (the next
 * 31 March from today on), {@code +14} (in 14 days), {@code Ende Juni} (the next end of June), {@code heute},
 * {@code morgen}, {@code übermorgen}, and the same words in English. "Today" is always handed in (from the Clock), so
 * the rules can be tested with any date. Anything else, or a day that does not exist (31.4.), is not a date.
 */
public final class GermanDates {

    private static final Pattern FULL = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]?");
    private static final Pattern DAYS_AHEAD = Pattern.compile("\\+\\s*(\\d{1,4})");
    private static final Pattern MONTH_END = Pattern.compile("(?:ende|end of|end)\\s+(\\p{L}+)\\.?");
    private static final Map<String, Integer> DAYS_FROM_TODAY = Map.of(
            "heute", 0, "today", 0, "morgen", 1, "tomorrow", 1, "übermorgen", 2);
    /** Month names by their first three letters, German and English ("mär", "mar", "mrz" all mean March). */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mär", 3), Map.entry("mar", 3), Map.entry("mrz", 3), Map.entry("mae", 3),
            Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dez", 12), Map.entry("dec", 12));
    /** 29 February comes back at the latest after eight years (1896 → 1904). */
    private static final int LEAP_SEARCH_YEARS = 8;

    private GermanDates() {
    }

    public static Optional<LocalDate> parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var input = text.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
        try {
            var full = FULL.matcher(input);
            if (full.matches()) {
                var year = Integer.parseInt(full.group(3));
                return Optional.of(LocalDate.of(full.group(3).length() == 2 ? 2000 + year : year,
                        Integer.parseInt(full.group(2)), Integer.parseInt(full.group(1))));
            }
            var dayMonth = DAY_MONTH.matcher(input);
            if (dayMonth.matches()) {
                return nextOnOrAfter(MonthDay.of(Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1))),
                        today);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        var ahead = DAYS_AHEAD.matcher(input);
        if (ahead.matches()) {
            return Optional.of(today.plusDays(Integer.parseInt(ahead.group(1))));
        }
        if (DAYS_FROM_TODAY.containsKey(input)) {
            return Optional.of(today.plusDays(DAYS_FROM_TODAY.get(input)));
        }
        var monthEnd = MONTH_END.matcher(input);
        if (monthEnd.matches() && monthEnd.group(1).length() >= 3) {
            var month = MONTHS.get(monthEnd.group(1).substring(0, 3));
            if (month != null) {
                var end = YearMonth.of(today.getYear(), month).atEndOfMonth();
                return Optional.of(end.isBefore(today) ? YearMonth.of(today.getYear() + 1, month).atEndOfMonth() : end);
            }
        }
        return Optional.empty();
    }

    /** The first day on or after today that falls on this day of the month (29.2. waits for a leap year). */
    private static Optional<LocalDate> nextOnOrAfter(MonthDay day, LocalDate today) {
        for (int year = today.getYear(); year <= today.getYear() + LEAP_SEARCH_YEARS; year++) {
            if (day.isValidYear(year) && !day.atYear(year).isBefore(today)) {
                return Optional.of(day.atYear(year));
            }
        }
        return Optional.empty();
    }
}
