package de.lenkwerk.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TranslationBundlesTest {

    @Test
    void germanAndEnglishHaveExactlyTheSameKeys() throws IOException {
        var german = load("/i18n/messages.properties");
        var english = load("/i18n/messages_en.properties");

        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys in English but not German, or the other way round")
                .isEqualTo(new TreeSet<>(german.stringPropertyNames()));
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (var bundle : new String[]{"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            var properties = load(bundle);
            for (var key : properties.stringPropertyNames()) {
                var value = properties.getProperty(key);
                assertThat(value).as(bundle + " " + key).isNotBlank();
                if (value.contains("{0")) {
                    assertThatCode(() -> new MessageFormat(value)).as(bundle + " " + key).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void germanIsShownByDefaultEvenOnAnEnglishServer() {
        var previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            var translations = new Translations();
            assertThat(translations.getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Abmelden");
            assertThat(translations.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("Abmelden");
            assertThat(translations.getTranslation("nav.logout", Locale.UK)).isEqualTo("Sign out");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void argumentsAreFormattedInTheRequestedLanguage() {
        var translations = new Translations();
        assertThat(translations.getTranslation("validation.length", Locale.GERMAN, 3, 60))
                .isEqualTo("Zwischen 3 und 60 Zeichen.");
        assertThat(translations.getTranslation("action.count", Locale.GERMAN, 1234)).isEqualTo("1.234 Maßnahmen");
        assertThat(translations.getTranslation("action.count", Locale.ENGLISH, 1234)).isEqualTo("1,234 actions");
        assertThat(translations.getTranslation("missing.key", Locale.GERMAN)).isEqualTo("!missing.key");
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
