package de.lenkwerk.notification;

import de.lenkwerk.TestClock;
import de.lenkwerk.base.Translations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationValuesTest {

    private final NotificationTexts texts = new NotificationTexts(new Translations());

    private static Notification stored(Object... args) {
        return new Notification(new Notice(7, NotificationKind.STATUS_REQUESTED, "meine-massnahmen", List.of(args)),
                LocalDateTime.now(TestClock.BERLIN));
    }

    @Test
    void storedValuesComeBackAsDatesNumbersAndText() {
        var values = stored("LA DD", LocalDate.of(2026, 12, 1), 3, -12L, "LA-DD-2026-03", "007", "1,5").values();

        assertThat(values).containsExactly("LA DD", LocalDate.of(2026, 12, 1), 3L, -12L, "LA-DD-2026-03", "007", "1,5");
        assertThat(values.get(2)).isInstanceOf(Long.class);
    }

    @Test
    void theStatusRequestSaysSingularForOneActionAndPluralOtherwise() {
        var one = texts.text(NotificationKind.STATUS_REQUESTED, stored("LA DD", LocalDate.of(2026, 12, 1), 1).values(),
                Locale.GERMAN);
        var three = texts.text(NotificationKind.STATUS_REQUESTED, stored("LA DD", LocalDate.of(2026, 12, 1), 3).values(),
                Locale.GERMAN);
        var english = texts.text(NotificationKind.STATUS_REQUESTED, stored("LA DD", LocalDate.of(2026, 12, 1), 1).values(),
                Locale.ENGLISH);

        assertThat(one).isEqualTo("Statusabfrage LA DD: Bitte berichten Sie bis 01.12.2026 zu Ihrer offenen Maßnahme.");
        assertThat(three).isEqualTo("Statusabfrage LA DD: Bitte berichten Sie bis 01.12.2026 zu Ihren 3 offenen Maßnahmen.");
        assertThat(english).startsWith("Status request LA DD: please report on your open action by ");
    }

    @Test
    void numbersThatAreOnlyInsertedStayAsStored() {
        var values = new Notification(new Notice(7, NotificationKind.DEADLINE_SOON, "massnahmen/1",
                List.of("1234", "2026", LocalDate.of(2026, 12, 3))), LocalDateTime.now(TestClock.BERLIN)).values();

        assertThat(texts.text(NotificationKind.DEADLINE_SOON, values, Locale.GERMAN))
                .isEqualTo("1234 „2026“ ist am 03.12.2026 fällig.");
    }

    @Test
    void countsInTheBundlesReadNaturallyForOne() {
        var translations = new Translations();

        assertThat(translations.text(Locale.GERMAN, "mail.subject.digest", 1))
                .isEqualTo("Lenkwerk: Ihre Wochenübersicht (1 offene Maßnahme)");
        assertThat(translations.text(Locale.GERMAN, "mail.subject.digest", 4))
                .isEqualTo("Lenkwerk: Ihre Wochenübersicht (4 offene Maßnahmen)");
        assertThat(translations.text(Locale.GERMAN, "mail.digest.intro", 1)).isEqualTo("Sie verantworten eine offene Maßnahme:");
        assertThat(translations.text(Locale.ENGLISH, "mail.digest.intro", 2)).isEqualTo("You are responsible for 2 open actions:");
        assertThat(translations.text(Locale.GERMAN, "statusround.started", 1L))
                .isEqualTo("Statusabfrage gestartet, 1 Maßnahme angefragt");
        assertThat(translations.text(Locale.GERMAN, "statusround.fact.answered", 0L, 1L)).isEqualTo("0 von 1 Maßnahme beantwortet");
        assertThat(translations.text(Locale.GERMAN, "import.applied", 1)).isEqualTo("1 Maßnahme übernommen.");
        assertThat(translations.text(Locale.GERMAN, "import.applied", 1200)).isEqualTo("1.200 Maßnahmen übernommen.");
    }

    @Test
    void trafficLightReasonsStoredAsTextChooseTheirPlural() {
        var translations = new Translations();
        var pattern = translations.text(Locale.GERMAN, "rag.reason.overdue");

        assertThat(translations.text(Locale.GERMAN, "rag.reason.overdue",
                Translations.storedArguments(pattern, List.of("1")))).isEqualTo("Frist seit einem Tag überschritten");
        assertThat(translations.text(Locale.GERMAN, "rag.reason.overdue",
                Translations.storedArguments(pattern, List.of("12")))).isEqualTo("Frist seit 12 Tagen überschritten");
        var override = translations.text(Locale.GERMAN, "rag.reason.override");
        assertThat(translations.text(Locale.GERMAN, "rag.reason.override",
                Translations.storedArguments(override, List.of("2026")))).contains("2026").doesNotContain("2.026");
    }
}
