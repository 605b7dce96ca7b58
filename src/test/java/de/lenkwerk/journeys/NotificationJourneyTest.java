package de.lenkwerk.journeys;

import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.notification.Notice;
import de.lenkwerk.notification.NotificationKind;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An owner sees the bell with the unread count, reads their notifications and sets their e-mail choices. */
class NotificationJourneyTest extends BrowserJourney {

    @Autowired
    NotificationService notifications;
    @Autowired
    PersonService people;

    @Test
    void anOwnerReadsTheBellAndChoosesTheirMails() {
        // Something unread for Markus Lehmann, whatever other tests did with his notifications
        var deadline = LocalDate.now(clock).plusDays(6);
        SystemActor.run(() -> notifications.send(new Notice(
                people.search("Markus Lehmann", Pageable.ofSize(1)).getFirst().id(), NotificationKind.DEADLINE_SOON,
                "meine-massnahmen", List.of("LA-DD-TEST", "Raumplanung abschließen", deadline))));
        var page = browser.newPage();
        signIn(page, "verantwortlich");

        var bell = page.locator("#notification-bell");
        assertThat(bell).isVisible();
        assertThat(page.locator(".lw-bell-badge")).isVisible();
        bell.click();
        var popover = page.locator("vaadin-popover.lw-bell-popover");
        assertThat(popover.locator("h2")).hasText("Benachrichtigungen");
        assertThat(popover.locator(".lw-bell-entry").first())
                .containsText("LA-DD-TEST „Raumplanung abschließen“ ist am " + Formats.date(deadline, Locale.GERMAN) + " fällig.");
        BrowserSession.screenshot(page, "40-benachrichtigungen");
        popover.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Alle als gelesen markieren")).click();
        assertThat(page.locator(".lw-bell-badge")).isHidden();
        page.keyboard().press("Escape");

        page.locator(".lw-user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Mein Profil")).click();
        page.waitForURL("**/profil");
        assertThat(page.locator("h1")).hasText("Mein Profil");
        page.getByText("Wochenübersicht montags").click();
        page.locator("#notification-settings-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Einstellungen gespeichert");
        BrowserSession.screenshot(page, "41-profil");
        page.getByText("Wochenübersicht montags").click();
        page.locator("#notification-settings-save").click();
        page.context().close();
    }
}
