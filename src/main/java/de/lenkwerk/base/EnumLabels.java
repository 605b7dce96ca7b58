package de.lenkwerk.base;

import org.springframework.stereotype.Component;

import java.util.Locale;

/** The one place that turns an enum constant into a label: key {@code enum.<Type>.<CONSTANT>}. */
@Component
public class EnumLabels {

    private final Translations translations;

    EnumLabels(Translations translations) {
        this.translations = translations;
    }

    public String label(Enum<?> value, Locale locale) {
        return value == null ? "" : translations.text(locale, key(value));
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
