package de.lenkwerk.journeys;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An owner creates their calendar address on the profile page, copies it, and a calendar program reads it. */
class CalendarJourneyTest extends BrowserJourney {

    @Test
    void anOwnerCreatesACalendarAddressThatDeliversTheirCalendar() throws Exception {
        var page = browser.newPage();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn(page, "verantwortlich");
        page.navigate(url("/profil"));
        assertThat(page.locator("#calendar-feed")).containsText("Outlook");

        page.locator("#calendar-feed-create").click();
        var field = page.locator("#calendar-feed-url input");
        assertThat(field).hasValue(java.util.regex.Pattern.compile(".*/kalender/[A-Za-z0-9_-]{43}\\.ics"));
        page.locator("#calendar-feed").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("41-kalender-abo-karte.png")));
        page.locator("#calendar-feed-url vaadin-button").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("kopiert");
        BrowserSession.screenshot(page, "40-profil-kalender-abo");

        // the address is built from lenkwerk.base-url, which does not know the test's random port
        var address = field.inputValue();
        var response = page.request().get(url(address.substring(address.indexOf("/kalender/"))));
        assertThat(response.status()).isEqualTo(200);
        var ics = response.text();
        assertThat(ics).contains("BEGIN:VCALENDAR", "Frist: ", "LA Dresden: 2. Sitzung des Lenkungsausschusses");
        Files.writeString(BrowserSession.SCREENSHOTS.resolve("40-kalender.ics"), ics);
        page.context().close();
    }
}
