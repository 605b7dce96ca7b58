package de.lenkwerk.journeys;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.statusround.StatusRoundItem;
import de.lenkwerk.statusround.StatusRoundService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner without an account reports through a personal link: the secretariat starts a round; the mail arrives
 * at a real SMTP server (GreenMail); the link from the mail opens in a fresh browser without cookies on a 360 px
 * phone; the answer shows in the tracker, the timeline and the history; after revocation the same link shows the
 * neutral page.
 */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class StatusLinkJourneyTest extends BrowserJourney {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final String BODY = "Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden";
    private static final String ACTION = "Verbindliches Schnittstellenpapier nach Leipziger Vorbild erarbeiten";
    private static final String SCHULZ = "petra.schulz@arbeitsagentur.example";
    private static final Pattern LINK = Pattern.compile("/antwort/[A-Za-z0-9_-]{43}");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    BodyService bodies;
    @Autowired
    StatusRoundService rounds;

    @Test
    void anOwnerWithoutAccountAnswersOnAPhoneThroughTheLinkFromTheMail() throws Exception {
        var answer = "Entwurf mit der Agentur abgestimmt " + UUID.randomUUID().toString().substring(0, 4);
        // a round another journey left open would stop this one from starting
        SystemActor.run(() -> {
            var body = bodies.search(BODY, false, Pageable.ofSize(1)).getFirst();
            rounds.forBody(body.id(), Pageable.ofSize(20)).stream().filter(StatusRoundItem::isOpen)
                    .forEach(r -> rounds.close(r.id()));
        });
        var before = greenMail.getReceivedMessages().length;

        // The secretariat starts the round; Petra Schulz (no account) owns an overdue action
        var office = browser.newPage();
        signIn(office, "geschaeftsstelle");
        office.navigate(url("/gremien"));
        office.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(BODY)).first().click();
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusabfragen")).click();
        office.locator("#statusround-start").click();
        office.locator("#statusround-start-save").click();
        office.waitForURL("**/statusabfragen/**");
        var roundUrl = office.url();
        var links = office.locator("#statuslink-section vaadin-grid");
        assertThat(links).containsText("Petra Schulz");
        assertThat(links).containsText("ohne Zugang");

        // The mail arrives with one personal link, in the path
        assertThat(greenMail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        var mail = mailTo(SCHULZ);
        var text = mail.getContent().toString();
        assertThat(text).contains("Guten Tag Petra Schulz");
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        var path = matcher.group();

        // A fresh browser without cookies, a phone's width
        var phone = browser.newPage(360, 780);
        var requested = new ArrayList<String>();
        phone.onRequest(request -> requested.add(request.url()));
        var response = phone.navigate(url(path));
        assertThat(response.headers()).containsEntry("referrer-policy", "no-referrer");
        assertThat(response.headers().get("cache-control")).contains("no-store");
        BrowserSession.waitForVaadin(phone);
        assertThat(phone.locator("h1")).hasText("Statusanfrage");
        var card = phone.locator(".lw-link-action");
        assertThat(card).hasCount(1);
        assertThat(card.locator("h2")).containsText(ACTION);
        assertThat(phone.locator("vaadin-app-layout")).hasCount(0);
        assertThat(phone.locator("a[href]")).hasCount(0);
        assertThat(card.locator(".lw-link-state")).hasText("noch nicht beantwortet");

        // Overdue: the reason is required
        card.locator("vaadin-integer-field input").fill("80");
        card.locator("vaadin-text-area").first().locator("textarea").fill(answer);
        card.locator(".lw-link-save").click();
        var reason = card.locator("vaadin-text-area").nth(1);
        assertThat(reason).hasAttribute("invalid", "");
        reason.locator("textarea").fill("Abstimmung mit dem Personalrat dauerte länger");
        card.locator(".lw-link-save").click();
        assertThat(card.locator(".lw-link-state")).containsText("gespeichert am");
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(360);
        phone.locator("vaadin-notification-card").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        BrowserSession.screenshot(phone, "statuslink-antwort");
        assertThat(requested).as("nothing is loaded from another host")
                .allSatisfy(u -> assertThat(u).startsWith("http://localhost:" + port + "/"));

        // The tracker says "beantwortet"
        office.navigate(roundUrl);
        assertThat(office.locator("#statuslink-section vaadin-grid")).containsText("beantwortet");
        office.locator("#statuslink-section").scrollIntoViewIfNeeded();
        assertFitsItsCard(office, "#statuslink-section");
        BrowserSession.screenshot(office, "statuslink-tracker");

        // The action's timeline and history name the person and the link
        var actionId = jdbc.sql("select id from action where title = :t").param("t", ACTION).query(Long.class).single();
        office.navigate(url("/massnahmen/" + actionId));
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusmeldungen")).click();
        var actor = "gemeldet über persönlichen Link von Petra Schulz (ohne Zugang)";
        assertThat(office.locator("main")).containsText(answer);
        assertThat(office.locator("main")).containsText(actor);
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Historie")).click();
        assertThat(office.locator("vaadin-grid").last()).containsText(actor);
        assertThat(office.locator("vaadin-grid").last()).containsText("Persönlicher Link: beantwortet von");
        BrowserSession.screenshot(office, "statuslink-historie");

        // The secretariat revokes the link; the same link now shows the neutral page
        office.navigate(roundUrl);
        office.locator("#statuslink-section vaadin-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Widerrufen"))
                .first().click();
        assertThat(office.locator("#statuslink-section vaadin-grid")).containsText("widerrufen");
        phone.navigate(url(path));
        assertThat(phone.locator("#statuslink-ended h1")).hasText("Dieser Link ist nicht mehr gültig");
        assertThat(phone.locator("main")).not().containsText(ACTION);
        assertThat(phone.locator("#statuslink-ended")).containsText("sabine.hoffmann@dresden.example");
        BrowserSession.screenshot(phone, "statuslink-ungueltig");

        // Leave the demo body without an open round for the other journeys
        office.locator("#statusround-close").click();
        office.locator("vaadin-confirm-dialog[opened]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Abfrage schließen")).click();
        assertThat(office.locator("#statusround-facts")).containsText("abgeschlossen");
        phone.context().close();
        office.context().close();
    }

    @Test
    void theSecretariatAsksOnItsOwnFromTheActionsListAndRemindsAndRevokesAllMissingAtOnce() throws Exception {
        var before = greenMail.getReceivedMessages().length;
        var office = browser.newPage();
        signIn(office, "geschaeftsstelle");

        // the actions list marks the owner without an account
        office.navigate(url("/gremien"));
        office.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(BODY)).first().click();
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Maßnahmen")).click();
        var grid = office.locator("main vaadin-grid").first();
        assertThat(grid).containsText("Petra Schulz (ohne Zugang)");
        var request = office.locator("#body-status-request");
        assertThat(request).isDisabled();

        // tick two actions and ask Petra Schulz about them, outside any round
        grid.locator("vaadin-checkbox.lw-action-tick").nth(0).click();
        grid.locator("vaadin-checkbox.lw-action-tick").nth(1).click();
        assertThat(request).isEnabled();
        assertThat(request).containsText("2 Maßnahmen");
        assertThat(office).hasURL(Pattern.compile(".*/gremien/.*"));
        request.click();
        var dialog = office.locator("vaadin-dialog-overlay, vaadin-dialog").last();
        assertThat(office.locator(".lw-link-request-actions vaadin-checkbox[checked]")).hasCount(2);
        assertThat(office.locator("#statuslink-ask-reason")).hasAttribute("checked", "");
        office.locator("#statuslink-person input").fill("Petra Schulz");
        office.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Petra Schulz")).first()
                .click();
        assertThat(office.locator("#statuslink-person input")).hasValue(Pattern.compile("Petra Schulz.*ohne Zugang.*"));
        BrowserSession.screenshot(office, "statuslink-einzelanfrage-dialog");
        office.locator("#statuslink-send").click();
        assertThat(office.locator("vaadin-notification-card").last()).containsText("Statusanfrage an Petra Schulz");
        assertThat(dialog).isHidden();

        // the mail carries a working link
        assertThat(greenMail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        var matcher = LINK.matcher(mailTo(SCHULZ).getContent().toString());
        assertThat(matcher.find()).isTrue();
        var path = matcher.group();
        var phone = browser.newPage(360, 780);
        phone.navigate(url(path));
        BrowserSession.waitForVaadin(phone);
        assertThat(phone.locator(".lw-link-action")).hasCount(2);

        // the body's tracker lists the request; remind all missing, after a confirmation, with a count
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Statusabfragen")).click();
        var tracker = office.locator("#statuslink-standalone");
        assertThat(tracker.locator("vaadin-grid")).containsText("Petra Schulz");
        assertThat(tracker.locator("vaadin-grid")).containsText("geöffnet");
        tracker.scrollIntoViewIfNeeded();
        assertFitsItsCard(office, "#statuslink-standalone");
        BrowserSession.screenshot(office, "statuslink-einzelanfragen");
        office.locator("#statuslink-standalone-batch-remind").click();
        var confirm = office.locator("vaadin-confirm-dialog[opened]");
        assertThat(confirm).containsText("noch nicht geantwortet");
        BrowserSession.screenshot(office, "statuslink-alle-erinnern");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Alle Fehlenden erinnern")).click();
        assertThat(office.locator("vaadin-notification-card").last()).containsText(Pattern.compile("erinnert"));

        // revoke all missing: the link now shows the neutral page
        office.locator("#statuslink-standalone-batch-revoke").click();
        office.locator("vaadin-confirm-dialog[opened]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Alle Fehlenden widerrufen")).click();
        assertThat(office.locator("vaadin-notification-card").last()).containsText(Pattern.compile("widerrufen"));
        assertThat(tracker.locator("vaadin-grid")).containsText("widerrufen");
        phone.navigate(url(path));
        assertThat(phone.locator("#statuslink-ended h1")).hasText("Dieser Link ist nicht mehr gültig");
        phone.context().close();
        office.context().close();
    }

    /** The card holds its table at this width: nothing sticks out on the right. */
    private static void assertFitsItsCard(Page page, String card) {
        var overflow = (Integer) page.evaluate("""
                selector => {
                  const card = document.querySelector(selector);
                  const grid = card.querySelector('vaadin-grid');
                  const table = grid.shadowRoot.querySelector('#table');
                  return Math.round(grid.getBoundingClientRect().right - card.getBoundingClientRect().right)
                      + Math.max(0, card.scrollWidth - card.clientWidth)
                      + Math.max(0, table.scrollWidth - table.clientWidth);
                }""", card);
        assertThat(overflow).as("px of the table outside its card or scrolled sideways inside it").isLessThanOrEqualTo(0);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling of the page").isLessThanOrEqualTo(0);
    }

    private static MimeMessage mailTo(String to) {
        var mails = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).isNotEmpty();
        return mails.getLast();
    }
}
