package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat makes a personal API token on the profile page, a program uses it against the REST API, the
 * administration sees it with its last use, and once revoked it stops working.
 */
class ApiTokenJourneyTest extends BrowserJourney {

    @Test
    void aTokenMadeOnTheProfilePageWorksUntilItIsRevoked() {
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/profil"));
        var card = page.locator("#api-tokens");
        assertThat(card).containsText("API-Schlüssel");

        card.locator("vaadin-text-field").first().locator("input").fill("BI-Auswertung Jobcenter");
        page.locator("#api-token-create").click();
        var secretField = page.locator("#api-token-secret input");
        assertThat(secretField).hasValue(Pattern.compile("lw_[A-Za-z0-9_-]{43}"));
        assertThat(page.locator("#api-token-list")).containsText("BI-Auswertung Jobcenter");
        card.screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("60-profil-api-schluessel.png")));
        var secret = secretField.inputValue();

        var api = page.context().request();
        var bearer = RequestOptions.create().setHeader("Authorization", "Bearer " + secret);
        var me = api.get(url("/api/v1/me"), bearer);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("\"username\":\"geschaeftsstelle\"").contains("\"mayWrite\":false");
        var overdue = api.get(url("/api/v1/actions?selection=OVERDUE"), bearer);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.text()).contains("\"totalItems\"");

        signOut(page);
        signIn(page, "admin");
        page.navigate(url("/admin/api-schluessel"));
        assertThat(page.locator("vaadin-grid")).containsText("BI-Auswertung Jobcenter");
        BrowserSession.screenshot(page, "61-admin-api-schluessel");
        signOut(page);

        signIn(page, "geschaeftsstelle");
        page.navigate(url("/profil"));
        page.locator("#api-token-list vaadin-button").filter(new Locator.FilterOptions().setHasText("Widerrufen"))
                .first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']").first().click();
        assertThat(page.locator("#api-token-list")).containsText("Widerrufen");
        BrowserSession.screenshot(page, "62-profil-api-schluessel-widerrufen");

        assertThat(api.get(url("/api/v1/me"), bearer).status()).isEqualTo(401);
        page.context().close();
    }
}
