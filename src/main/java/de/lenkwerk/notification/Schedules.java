package de.lenkwerk.notification;

import de.lenkwerk.base.Translations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The jobs' schedules in words for the settings page: administrators configure Spring cron expressions
 * ("0 30 6 * * MON"), users read "montags um 06:30 Uhr". Anything beyond a daily or weekly time is shown as the
 * expression itself, marked as such.
 */
public final class Schedules {

    private static final Translations TEXTS = new Translations();
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Map<String, String> MACROS = Map.of(
            "@daily", "0 0 0 * * *", "@midnight", "0 0 0 * * *", "@weekly", "0 0 0 * * SUN");

    private Schedules() {
    }

    /** "täglich um 06:00 Uhr", "montags um 06:30 Uhr", "werktags …" or the expression itself. */
    public static String describe(String cron, Locale locale) {
        var expression = cron == null ? "" : cron.trim();
        var fields = MACROS.getOrDefault(expression.toLowerCase(Locale.ROOT), expression).split("\\s+");
        if (fields.length != 6 || !any(fields[3]) || !fields[4].equals("*")) {
            return raw(expression, locale);
        }
        var second = number(fields[0], 59);
        var minute = number(fields[1], 59);
        var hour = number(fields[2], 23);
        if (second < 0 || minute < 0 || hour < 0) {
            return raw(expression, locale);
        }
        var time = second == 0 ? "%02d:%02d".formatted(hour, minute) : "%02d:%02d:%02d".formatted(hour, minute, second);
        var days = fields[5].toUpperCase(Locale.ROOT);
        if (any(days)) {
            return TEXTS.text(locale, "schedule.daily", time);
        }
        if (days.equals("MON-FRI") || days.equals("1-5")) {
            return TEXTS.text(locale, "schedule.weekdays", time);
        }
        var day = day(days);
        if (day > 0) {
            return TEXTS.text(locale, "schedule.weekly", TEXTS.text(locale, "schedule.day." + day), time);
        }
        return raw(expression, locale);
    }

    private static String raw(String expression, Locale locale) {
        return TEXTS.text(locale, "schedule.cron", expression);
    }

    private static boolean any(String field) {
        return field.equals("*") || field.equals("?");
    }

    /** The field's value if it is a plain number up to max, otherwise -1. */
    private static int number(String field, int max) {
        if (!NUMBER.matcher(field).matches()) {
            return -1;
        }
        var value = Integer.parseInt(field);
        return value <= max ? value : -1;
    }

    /** ISO day of week (1 = Monday … 7 = Sunday) of a single day, in names or cron numbers (0 and 7 are Sunday). */
    private static int day(String field) {
        var named = DAYS.indexOf(field);
        if (named >= 0) {
            return named + 1;
        }
        var number = number(field, 7);
        return number < 0 ? -1 : number == 0 ? 7 : number;
    }
}
