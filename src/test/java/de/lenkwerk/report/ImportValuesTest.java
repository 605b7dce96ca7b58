package de.lenkwerk.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers and dates of imported cells: bounded before they are parsed. */
class ImportValuesTest {

    @Test
    void ordinaryNumbersAreReadAsTheReaderGivesThemOrAsTypedInGerman() {
        assertThat(ImportValues.number("12.5")).contains(new BigDecimal("12.5"));
        assertThat(ImportValues.number("12,5")).contains(new BigDecimal("12.5"));
        assertThat(ImportValues.number("1.234,5")).contains(new BigDecimal("1234.5"));
        assertThat(ImportValues.number("-5")).contains(new BigDecimal("-5"));
        assertThat(ImportValues.number("1.5E3")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500"));
    }

    @Test
    void hugeExponentsLongDigitsNanAndTextAreNoNumbers() {
        assertThat(ImportValues.number("1E500000000")).isEmpty();
        assertThat(ImportValues.number("1E-500000000")).isEmpty();
        assertThat(ImportValues.number("1E999")).isEmpty();
        assertThat(ImportValues.number("9".repeat(16))).isEmpty();
        assertThat(ImportValues.number("1".repeat(41))).isEmpty();
        assertThat(ImportValues.number("NaN")).isEmpty();
        assertThat(ImportValues.number("Infinity")).isEmpty();
        assertThat(ImportValues.number("=1+1")).isEmpty();
    }

    @Test
    void percentagesAreWholeAndBounded() {
        assertThat(ImportValues.percent("45%")).contains(45);
        assertThat(ImportValues.percent("44,6")).contains(45);
        assertThat(ImportValues.percent("1e12")).isEmpty();
        assertThat(ImportValues.percent("1E500000000")).isEmpty();
    }

    @Test
    void datesOutside1990To2100AreOutOfRange() {
        assertThat(ImportValues.date("31.12.2026")).contains(LocalDate.of(2026, 12, 31));
        assertThat(ImportValues.date("31.02.2026")).isEmpty();
        assertThat(ImportValues.date("9999-12-31").map(ImportValues::inRange)).contains(false);
        assertThat(ImportValues.date("1989-12-31").map(ImportValues::inRange)).contains(false);
        assertThat(ImportValues.date("2100-12-31").map(ImportValues::inRange)).contains(true);
    }
}
