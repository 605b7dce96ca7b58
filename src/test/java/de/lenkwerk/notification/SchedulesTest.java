package de.lenkwerk.notification;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulesTest {

    @Test
    void dailyAndWeeklySchedulesAreWrittenInWords() {
        assertThat(Schedules.describe("0 0 6 * * *", Locale.GERMAN)).isEqualTo("täglich um 06:00 Uhr");
        assertThat(Schedules.describe("0 0 6 * * *", Locale.ENGLISH)).isEqualTo("daily at 06:00");
        assertThat(Schedules.describe("0 30 6 * * MON", Locale.GERMAN)).isEqualTo("montags um 06:30 Uhr");
        assertThat(Schedules.describe("0 30 6 * * MON", Locale.ENGLISH)).isEqualTo("Mondays at 06:30");
        assertThat(Schedules.describe("0 15 18 ? * fri", Locale.GERMAN)).isEqualTo("freitags um 18:15 Uhr");
        assertThat(Schedules.describe("0 0 7 * * 0", Locale.GERMAN)).isEqualTo("sonntags um 07:00 Uhr");
        assertThat(Schedules.describe("0 0 7 * * MON-FRI", Locale.GERMAN)).isEqualTo("werktags um 07:00 Uhr");
        assertThat(Schedules.describe("30 5 7 * * *", Locale.GERMAN)).isEqualTo("täglich um 07:05:30 Uhr");
        assertThat(Schedules.describe("@daily", Locale.GERMAN)).isEqualTo("täglich um 00:00 Uhr");
    }

    @Test
    void anythingElseIsShownAsTheExpression() {
        assertThat(Schedules.describe("0 */15 * * * *", Locale.GERMAN))
                .isEqualTo("nach dem Zeitplan „0 */15 * * * *“ (Cron-Ausdruck)");
        assertThat(Schedules.describe("0 0 6 1 * *", Locale.GERMAN)).startsWith("nach dem Zeitplan „0 0 6 1 * *“");
        assertThat(Schedules.describe("0 0 6 * * MON,WED", Locale.ENGLISH))
                .isEqualTo("on the schedule \"0 0 6 * * MON,WED\" (cron expression)");
        assertThat(Schedules.describe("0 0 25 * * *", Locale.GERMAN)).startsWith("nach dem Zeitplan");
        assertThat(Schedules.describe("0 0 6 * *", Locale.GERMAN)).startsWith("nach dem Zeitplan");
    }
}
