package de.lenkwerk.base;

import java.util.List;
import java.util.Locale;

/** German is the default language of Lenkwerk; English is complete as the alternative. */
public final class SupportedLocales {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = GERMAN;
    public static final List<Locale> ALL = List.of(GERMAN, ENGLISH);

    private SupportedLocales() {
    }

    /** The supported locale with the same language, or the default. */
    public static Locale resolve(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return DEFAULT;
        }
        var language = Locale.forLanguageTag(languageTag.trim()).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
    }
}
