package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Indicators the way programmes measure them, in Chromium: the secretariat defines an indicator counted per period,
 * broken down by team, with a milestone; the owner reports two periods with a value per team and sees the milestone
 * reason give way to the forecast ("bei gleichem Tempo …") on the indicator and in the action's traffic light.
 */
class IndicatorJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM.");
    private static final String ACTION = "Datenaustausch Jobcenter – Ausländerbehörde vereinbaren";

    @Test
    void theOwnerReportsTwoPeriodsPerTeamAndSeesTheForecastAndTheReasonChange() {
        var today = LocalDate.now(clock);
        var page = browser.newPage();
        signIn(page, "geschaeftsstelle");
        openAction(page);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        page.locator("#indicator-add").click();
        page.locator("#indicator-name input").fill("Geschulte Fachkräfte");
        page.locator("#indicator-unit input").fill("Personen");
        date(page, "vaadin-date-picker:has-text('Stand Ausgangswert')", today.minusDays(28));
        page.locator("#indicator-target input").fill("200");
        date(page, "vaadin-date-picker:has-text('Zieldatum')", today.plusDays(14));
        choose(page, "#indicator-aggregation", "Anzahl je Zeitraum (summiert)");
        choose(page, "#indicator-breakdown", "nach einer Liste");
        page.locator("#indicator-categories input").fill("Team Nord, Team Süd");
        page.locator("#milestone-add").click();
        date(page, "#milestone-date-0", today.minusDays(7));
        page.locator("#milestone-value-0 input").fill("50");
        BrowserSession.screenshot(page, "30-indikator-mit-zwischenziel");
        page.locator("#indicator-save").click();
        assertThat(page.locator(".lw-card h2")).hasText("Geschulte Fachkräfte");
        signOut(page);

        signIn(page, "verantwortlich");
        openAction(page);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        assertThat(page.locator("#indicator-forecast")).hasText("Noch keine Prognose (ab zwei Messwerten vor dem Zieldatum)");

        // first period: 22 by two weeks ago, so the milestone of 50 a week ago was missed
        report(page, today.minusDays(14), "10", "12");
        assertThat(page.locator("#indicator-reasons")).hasText("„Geschulte Fachkräfte“: Zwischenziel 50 Personen bis "
                + today.minusDays(7).format(DAY_MONTH) + " verfehlt (22)");
        assertThat(page.locator("#action-rag-reason")).containsText("Zwischenziel 50 Personen");
        assertThat(page.locator("#indicator-forecast")).containsText("Noch keine Prognose");
        BrowserSession.screenshot(page, "31-erste-periode");

        // second period: 29 more, 51 in all; at this pace (about 4.1 a day) 138 of 200 by the target date
        report(page, today.minusDays(7), "15", "14");
        var forecast = "Bei gleichem Tempo 138 von 200 bis " + today.plusDays(14).format(DAY_MONTH);
        assertThat(page.locator("#indicator-forecast")).hasText(forecast);
        assertThat(page.locator("#indicator-forecast")).hasAttribute("title",
                Pattern.compile("kleinsten Quadrate durch die laufende Summe der letzten 2 Zeiträume"));
        assertThat(page.locator("#indicator-reasons")).containsText("bei gleichem Tempo 138 von 200");
        assertThat(page.locator("#indicator-reasons")).not().containsText("Zwischenziel");
        assertThat(page.locator("#action-rag")).containsText("Gelb");
        assertThat(page.locator("#action-rag-reason")).containsText("„Geschulte Fachkräfte“: bei gleichem Tempo 138 von 200");
        var breakdown = page.locator("#indicator-breakdown-table");
        assertThat(breakdown).containsText("Team Nord");
        assertThat(breakdown.locator("tr").filter(new Locator.FilterOptions().setHasText("Team Süd"))).containsText("26 Personen");
        // the forecast is drawn as a line of its own in the chart
        assertThat(page.locator(".lw-indicator-chart").first()).containsText("Prognose");
        BrowserSession.screenshot(page, "32-prognose");
        card(page, "33-prognose-diagramm");
        page.context().close();
    }

    @Test
    void theDemoMarathonShowsItsMissedMilestoneAndBreakdownAndTheDashboardTheOwnersDoubt() {
        var page = browser.newPage();
        signIn(page, "verantwortlich");
        page.navigate(url("/massnahmen?suche=Schulungsmarathon"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Schulungsmarathon"))
                .first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Teilnehmende")).first().click();
        BrowserSession.waitForVaadin(page);
        assertThat(page.locator("#action-rag-reason")).containsText("Zwischenziel 150 Teilnehmende bis "
                + LocalDate.now(clock).minusDays(7).format(DAY_MONTH) + " verfehlt (132)");
        assertThat(page.locator("#indicator-forecast")).hasText("Bei gleichem Tempo 230 von 300 bis "
                + LocalDate.now(clock).plusDays(5).format(DAY_MONTH));
        assertThat(page.locator("#indicator-breakdown-table")).containsText("JC L");
        card(page, "34-schulungsmarathon");
        page.setViewportSize(1280, 800);

        // the IBAS advice days per city, with the target as first agreed drawn faintly
        page.navigate(url("/massnahmen?suche=IBAS"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Beratungstage der IBAS"))
                .first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        assertThat(page.locator("#indicator-card")).containsText("Ursprüngliches Ziel: 20 Tage");
        assertThat(page.locator("#indicator-breakdown-table")).containsText("Zwickau");
        card(page, "36-ibas-beratungstage");
        page.setViewportSize(1280, 800);

        page.navigate(url("/"));
        var disagreements = page.locator("#dashboard-disagreements");
        assertThat(disagreements).containsText("Gemeinsame Anlaufstelle für Zugewanderte einrichten");
        assertThat(disagreements).containsText("Grün nach Regel, aber geringe Zuversicht");
        disagreements.scrollIntoViewIfNeeded();
        disagreements.screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve("35-zuversicht-und-ampel-uneins.png")));
        page.context().close();
    }

    /** The indicator's card alone, chart and breakdown included (the page itself scrolls inside the layout). */
    private static void card(Page page, String name) {
        // tall enough that the layout's scroll area holds the whole card
        page.setViewportSize(1280, 2400);
        BrowserSession.waitForVaadin(page);
        page.locator("#indicator-card").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSession.SCREENSHOTS.resolve(name + ".png")));
    }

    private void openAction(Page page) {
        page.navigate(url("/massnahmen?suche=Datenaustausch"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ACTION)).first().click();
        assertThat(page.locator("h1")).containsText(ACTION);
    }

    private void report(Page page, LocalDate day, String north, String south) {
        date(page, "#measurement-date", day);
        page.locator("#measurement-category-0 input").fill(north);
        page.locator("#measurement-category-1 input").fill(south);
        page.locator("#measurement-save").click();
        BrowserSession.waitForVaadin(page);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indikatoren")).click();
        BrowserSession.waitForVaadin(page);
    }

    private static void date(Page page, String picker, LocalDate day) {
        var input = page.locator(picker + " input").first();
        input.fill(day.format(DATE));
        input.press("Enter");
        BrowserSession.waitForVaadin(page);
    }

    private static void choose(Page page, String select, String option) {
        page.locator(select).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
        BrowserSession.waitForVaadin(page);
    }
}
