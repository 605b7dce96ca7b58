package de.lenkwerk.history;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryValuesTest {

    @Test
    void textThatOnlyLooksLikeADateIsShownAsItIs() {
        assertThat(HistoryValues.display("2026-13-45", Locale.GERMAN, key -> key)).isEqualTo("2026-13-45");
        assertThat(HistoryValues.display("2026-02-30T25:61", Locale.GERMAN, key -> key)).isEqualTo("2026-02-30T25:61");
    }

    @Test
    void realDatesAreShownInTheReadersLanguage() {
        assertThat(HistoryValues.display("2026-03-31", Locale.GERMAN, key -> key)).isEqualTo("31.03.2026");
    }
}
