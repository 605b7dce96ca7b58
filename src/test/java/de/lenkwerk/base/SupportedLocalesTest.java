package de.lenkwerk.base;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SupportedLocalesTest {

    @Test
    void aLanguageTagResolvesToTheSupportedLocaleOfThatLanguage() {
        assertThat(SupportedLocales.resolve("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLocales.resolve("de-AT")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void unknownOrMissingLanguagesFallBackToGerman() {
        assertThat(SupportedLocales.resolve("fr")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.resolve("")).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.resolve(null)).isEqualTo(Locale.GERMAN);
        assertThat(SupportedLocales.resolve("<script>")).isEqualTo(Locale.GERMAN);
    }
}
