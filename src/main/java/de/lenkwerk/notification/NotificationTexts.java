package de.lenkwerk.notification;

import de.lenkwerk.base.Translations;
import de.lenkwerk.base.ui.Formats;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Writes a notification's text in a language: the kind's pattern with its values, dates in that language's form. */
@Component
class NotificationTexts {

    private final Translations translations;

    NotificationTexts(Translations translations) {
        this.translations = translations;
    }

    String text(NotificationKind kind, List<Object> values, Locale locale) {
        return stored(locale, "notification.kind." + kind.name().toLowerCase(Locale.ROOT), values);
    }

    String subject(NotificationKind kind, List<Object> values, Locale locale) {
        return stored(locale, "mail.subject." + kind.name().toLowerCase(Locale.ROOT), values);
    }

    /** Stored values: numbers choose plurals in the pattern and are otherwise written exactly as stored. */
    private String stored(Locale locale, String key, List<Object> values) {
        var arguments = Translations.storedArguments(translations.text(locale, key), values);
        return translations.text(locale, key, localised(Arrays.asList(arguments), locale));
    }

    String text(Locale locale, String key, Object... values) {
        return translations.text(locale, key, localised(List.of(values), locale));
    }

    private static Object[] localised(List<Object> values, Locale locale) {
        return values.stream().map(v -> v instanceof LocalDate date ? Formats.date(date, locale) : v).toArray();
    }
}
