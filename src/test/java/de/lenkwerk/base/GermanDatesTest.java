package de.lenkwerk.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GermanDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    private static LocalDate parse(String text, LocalDate today) {
        return GermanDates.parse(text, today).orElse(null);
    }

    @Test
    void aFullGermanDateIsTakenAsWrittenWithOrWithoutLeadingZeros() {
        assertThat(parse("31.03.2027", TODAY)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(parse("1.3.2027", TODAY)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(parse("31.3.27", TODAY)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(parse(" 05.12.2026 ", TODAY)).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void aDayAndMonthWithoutYearMeanTheNextSuchDateFromTodayOn() {
        assertThat(parse("31.3.", TODAY)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(parse("20.11.", TODAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(parse("15.11.", TODAY)).isEqualTo(TODAY);
        assertThat(parse("14.11", TODAY)).isEqualTo(LocalDate.of(2027, 11, 14));
    }

    @Test
    void theLeapDayWithoutYearWaitsForTheNextLeapYear() {
        assertThat(parse("29.2.", TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(parse("29.2.", LocalDate.of(2028, 1, 10))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(parse("29.02.2028", TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void daysThatDoNotExistAreNoDate() {
        assertThat(parse("31.4.", TODAY)).isNull();
        assertThat(parse("29.02.2027", TODAY)).isNull();
        assertThat(parse("32.1.2027", TODAY)).isNull();
        assertThat(parse("1.13.", TODAY)).isNull();
    }

    @Test
    void plusDaysCountsFromTodayAcrossMonthAndYearEnds() {
        assertThat(parse("+14", TODAY)).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(parse("+ 20", TODAY)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(parse("+14", LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(parse("+1", LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(parse("+0", TODAY)).isEqualTo(TODAY);
    }

    @Test
    void endOfAMonthIsItsLastDayThisYearOrNextYearWhenItHasPassed() {
        assertThat(parse("Ende Juni", TODAY)).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(parse("Ende Juni", LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(parse("ende november", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(parse("Ende Dez.", TODAY)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parse("Ende März", TODAY)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(parse("end of June", TODAY)).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void endOfFebruaryKnowsLeapYears() {
        assertThat(parse("Ende Februar", TODAY)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(parse("Ende Februar", LocalDate.of(2028, 1, 5))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(parse("Ende Feb", LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void todayTomorrowAndTheDayAfterAreRelativeToToday() {
        assertThat(parse("heute", TODAY)).isEqualTo(TODAY);
        assertThat(parse("Morgen", TODAY)).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(parse("übermorgen", LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(parse("tomorrow", TODAY)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void anythingElseIsNoDate() {
        assertThat(parse("", TODAY)).isNull();
        assertThat(parse(null, TODAY)).isNull();
        assertThat(parse("bald", TODAY)).isNull();
        assertThat(parse("Ende Jux", TODAY)).isNull();
        assertThat(parse("14", TODAY)).isNull();
        assertThat(parse("-3", TODAY)).isNull();
    }
}
