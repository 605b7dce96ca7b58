package de.lenkwerk.statusround;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal links with the real database, security and SMTP server (GreenMail), at a fixed moment: the link is
 * bound to its person and actions, ends at its end date, on revocation and when the round closes, is replaced when
 * sent again, asks for a reason when the action is red or late, refuses a stale save, and is rate-limited. Nobody
 * is signed in while the link is used, as on the real page.
 */
@ServiceTest
class StatusLinkServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("/antwort/([A-Za-z0-9_-]{43})");
    private static final LocalDateTime NOW = LocalDate.of(2026, 3, 10).atTime(10, 0);

    @Autowired
    StatusLinkService links;
    @Autowired
    StatusRoundService rounds;
    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData fixture;

    private StatusRoundScene scene;
    private PersonItem schulz;
    private ActionDetail ofSchulz;
    private String address;

    @BeforeEach
    void setUp() throws Exception {
        fixture.clock().set(NOW);
        scene = StatusRoundScene.create(fixture, meetings);
        greenMail.purgeEmailFromAllMailboxes();
        var suffix = fixture.unique();
        schulz = SystemActor.call(() -> people.create(new PersonData("Petra Schulz " + suffix,
                "schulz" + suffix.toLowerCase(Locale.ROOT) + "@test.example", null)));
        ofSchulz = fixture.action(scene.body(), scene.data("Schnittstellenpapier erarbeiten", schulz.id(),
                ActionStatus.IN_PROGRESS, 30));
        // every test comes from an address of its own: the limits are counted per address
        address = "client-" + suffix;
    }

    @Test
    void startingARoundMailsAnOwnerWithoutAccountAPersonalLinkForExactlyTheirActions() throws Exception {
        fixture.signIn(scene.secretariat());
        var round = rounds.start(scene.body().id(), scene.next().id(), scene.today().plusDays(7));
        SecurityContextHolder.clearContext();

        var token = tokenFromMail(schulz.email());
        var page = links.open(token, address).orElseThrow();
        assertThat(page.personName()).isEqualTo(schulz.fullName());
        assertThat(page.bodyName()).isEqualTo(scene.body().name());
        assertThat(page.endsOn()).isEqualTo(scene.today().plusDays(7 + 7));
        assertThat(page.actions()).extracting(LinkPage.Item::actionId).containsExactly(ofSchulz.id());
        var tracked = fixture.as(scene.secretariat(), () -> links.forRound(round.id()));
        assertThat(tracked).singleElement().satisfies(l -> {
            assertThat(l.personName()).isEqualTo(schulz.fullName());
            assertThat(l.withoutAccess()).isTrue();
            assertThat(l.sentAt()).isEqualTo(NOW);
            assertThat(l.firstOpenedAt()).isEqualTo(NOW);
            assertThat(l.state()).isEqualTo(StatusLinkState.OPENED);
        });
        // owners who can sign in are asked in the app and by mail as before, without a link
        assertThat(StatusRoundScene.mails(greenMail, scene.lehmann().email(), "Statusabfrage")).hasSize(1);
        assertThat(fixture.as(scene.secretariat(), () -> links.forRound(round.id())))
                .noneMatch(l -> l.personId() == scene.lehmann().personId());
        // only the hash is stored
        assertThat(jdbc.sql("select count(*) from status_link where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAnswerGoesThroughTheOwnersPathAndIsRecordedUnderThePersonsNameWithoutAccount() {
        var round = startRound();
        var token = tokenFromMail(schulz.email());
        var item = links.open(token, address).orElseThrow().actions().getFirst();

        var after = links.answer(token, address, new LinkAnswer(ofSchulz.id(), item.version(), ActionStatus.IN_PROGRESS,
                55, "Entwurf liegt bei der Agentur", null, List.of()));

        var saved = SystemActor.call(() -> actions.get(ofSchulz.id()));
        assertThat(saved.progress()).isEqualTo(55);
        assertThat(saved.version()).isGreaterThan(item.version());
        var actor = "gemeldet über persönlichen Link von " + schulz.fullName() + " (ohne Zugang)";
        assertThat(SystemActor.call(() -> actions.timeline(ofSchulz.id(), Pageable.ofSize(5)))).first()
                .satisfies(u -> {
                    assertThat(u.author()).isEqualTo(actor);
                    assertThat(u.text()).isEqualTo("Entwurf liegt bei der Agentur");
                    assertThat(u.newProgress()).isEqualTo(55);
                });
        var history = SystemActor.call(() -> actions.history(ofSchulz.id(), Pageable.ofSize(50)));
        assertThat(history).anySatisfy(h -> {
            assertThat(h.recordType()).isEqualTo(RecordType.ACTION);
            assertThat(h.changedBy()).isEqualTo(actor);
        });
        assertThat(history).filteredOn(h -> h.recordType() == RecordType.STATUS_LINK)
                .extracting(h -> h.field())
                .contains("statuslink.history.created", "statuslink.history.sent", "statuslink.history.opened",
                        "statuslink.history.answered");
        assertThat(after.actions().getFirst().answeredAt()).isEqualTo(NOW);
        var tracker = fixture.as(scene.secretariat(), () -> rounds.tracker(round.id()));
        assertThat(tracker).filteredOn(r -> r.personId() == schulz.id()).singleElement()
                .satisfies(r -> assertThat(r.answered()).isEqualTo(1));
        assertThat(fixture.as(scene.secretariat(), () -> links.forRound(round.id()))).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo(StatusLinkState.ANSWERED));

        // a second save until the end date is fine
        links.answer(token, address, new LinkAnswer(ofSchulz.id(), after.actions().getFirst().version(),
                ActionStatus.IN_PROGRESS, 60, "Abgestimmt", null, List.of()));
        assertThat(SystemActor.call(() -> actions.get(ofSchulz.id())).progress()).isEqualTo(60);
    }

    @Test
    void onThePersonalLinkAnIndicatorBrokenDownByCityIsAnsweredPerCity() {
        var today = scene.today();
        var cities = fixture.as(scene.secretariat(), () -> indicators.add(ofSchulz.id(),
                new de.lenkwerk.action.IndicatorData("Beratungen", "Termine", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.valueOf(40), today.plusDays(80), de.lenkwerk.action.IndicatorDirection.UP,
                        de.lenkwerk.action.IndicatorAggregation.PERIOD_SUM, de.lenkwerk.action.IndicatorBreakdown.LIST,
                        List.of("Dresden", "Leipzig"), List.of())));
        startRound();
        var token = tokenFromMail(schulz.email());
        var item = links.open(token, address).orElseThrow().actions().getFirst();
        assertThat(item.indicators()).singleElement().satisfies(i -> assertThat(i.categories())
                .containsExactly("Dresden", "Leipzig"));

        links.answer(token, address, new LinkAnswer(ofSchulz.id(), item.version(), ActionStatus.IN_PROGRESS, 35,
                "Beratungen in beiden Städten", null, List.of(new MeasurementAnswer(cities.id(), null, null,
                java.util.Map.of("Dresden", BigDecimal.valueOf(6), "Leipzig", BigDecimal.valueOf(2))))));

        var measured = SystemActor.call(() -> indicators.allMeasurements(cities.id()));
        assertThat(measured).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("8");
            assertThat(m.measuredOn()).isEqualTo(today);
            assertThat(m.byCategory().get("Leipzig")).isEqualByComparingTo("2");
        });
    }

    @Test
    void aTamperedFormCannotTouchAnActionOutsideTheLink() {
        startRound();
        var token = tokenFromMail(schulz.email());
        links.open(token, address).orElseThrow();
        var foreign = scene.plain();

        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(foreign.id(), foreign.version(),
                ActionStatus.DONE, 100, "übernommen", null, List.of())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(SystemActor.call(() -> actions.get(foreign.id()))).satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(a.version()).isEqualTo(foreign.version());
        });
        // a measurement for another action's indicator is refused as well, and nothing of the answer is saved
        var otherIndicator = SystemActor.call(() -> indicators.forAction(scene.measured().id())).getFirst();
        var item = links.open(token, address).orElseThrow().actions().getFirst();
        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(ofSchulz.id(), item.version(),
                ActionStatus.IN_PROGRESS, 40, "mit fremdem Wert", null,
                List.of(new MeasurementAnswer(otherIndicator.id(), BigDecimal.TEN, null)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.indicator"));
        assertThat(SystemActor.call(() -> actions.get(ofSchulz.id())).progress()).isEqualTo(30);
    }

    @Test
    void theLinkEndsAfterItsEndDate() {
        var issued = ownLink(scene.today().plusDays(3));
        var token = token(issued);
        assertThat(links.open(token, address)).isPresent();

        fixture.clock().set(NOW.plusDays(3).withHour(23).withMinute(59));
        assertThat(links.open(token, address)).as("the last day still counts").isPresent();
        fixture.clock().set(NOW.plusDays(4).withHour(0).withMinute(1));
        assertThat(links.open(token, address)).isEmpty();
        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(ofSchulz.id(), ofSchulz.version(),
                ActionStatus.DONE, 100, "zu spät", null, List.of()))).isInstanceOf(StatusLinkEndedException.class);
        assertThat(SystemActor.call(() -> actions.history(ofSchulz.id(), Pageable.ofSize(50))))
                .anySatisfy(h -> assertThat(h.field()).isEqualTo("statuslink.history.expired"));
    }

    @Test
    void aRevokedLinkShowsNothingAndSavesNothing() {
        var issued = ownLink(scene.today().plusDays(10));
        var token = token(issued);
        var item = links.open(token, address).orElseThrow().actions().getFirst();

        fixture.run(scene.secretariat(), () -> links.revoke(issued.link().id()));

        assertThat(links.open(token, address)).isEmpty();
        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(ofSchulz.id(), item.version(),
                ActionStatus.DONE, 100, "trotzdem", null, List.of()))).isInstanceOf(StatusLinkEndedException.class);
        assertThat(SystemActor.call(() -> actions.get(ofSchulz.id())).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> fixture.run(scene.secretariat(), () -> links.revoke(issued.link().id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statuslink.error.revoked"));
    }

    @Test
    void sendingAgainReplacesTheLinkAndTheOldOneDies() {
        var issued = ownLink(scene.today().plusDays(10));
        var old = token(issued);
        assertThat(links.open(old, address)).isPresent();

        var again = fixture.as(scene.secretariat(), () -> links.resend(issued.link().id()));
        var fresh = token(again);

        assertThat(fresh).isNotEqualTo(old);
        assertThat(again.link().id()).isEqualTo(issued.link().id());
        assertThat(links.open(old, address)).isEmpty();
        assertThat(links.open(fresh, address)).isPresent();
        assertThat(tokenFromMail(schulz.email())).as("the newest mail carries the new link").isEqualTo(fresh);
    }

    @Test
    void closingTheRoundEndsItsLinks() {
        var round = startRound();
        var token = tokenFromMail(schulz.email());
        assertThat(links.open(token, address)).isPresent();

        fixture.run(scene.secretariat(), () -> rounds.close(round.id()));

        assertThat(links.open(token, address)).isEmpty();
        assertThat(SystemActor.call(() -> actions.history(ofSchulz.id(), Pageable.ofSize(50))))
                .anySatisfy(h -> assertThat(h.field()).isEqualTo("statuslink.history.expired"));
        assertThat(fixture.as(scene.secretariat(), () -> links.forRound(round.id()))).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo(StatusLinkState.ENDED));
    }

    @Test
    void aRedOrLateActionNeedsAReasonWhichJoinsTheReport() {
        var late = fixture.action(scene.body(), new ActionData("Überfällige Sache", null, schulz.id(), null, null,
                Set.of(), scene.today().minusDays(40), scene.today().minusDays(2), ActionStatus.IN_PROGRESS, 50, null,
                null, null, null));
        var issued = fixture.as(scene.secretariat(), () -> {
            var round = rounds.start(scene.body().id(), scene.next().id(), scene.today().plusDays(7));
            return links.forRound(round.id()).getFirst();
        });
        SecurityContextHolder.clearContext();
        var token = tokenFromMail(schulz.email());
        var item = links.open(token, address).orElseThrow().actions().stream()
                .filter(i -> i.actionId() == late.id()).findFirst().orElseThrow();
        assertThat(item.reasonRequired()).isTrue();
        assertThat(issued.actionCount()).isEqualTo(2);

        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(late.id(), item.version(),
                ActionStatus.IN_PROGRESS, 60, "weiter", "  ", List.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statuslink.error.reason"));
        links.answer(token, address, new LinkAnswer(late.id(), item.version(), ActionStatus.IN_PROGRESS, 60, "weiter",
                "Personalrat hat noch nicht zugestimmt", List.of()));
        assertThat(SystemActor.call(() -> actions.timeline(late.id(), Pageable.ofSize(1))).getFirst().text())
                .isEqualTo("weiter\nBegründung: Personalrat hat noch nicht zugestimmt");
    }

    @Test
    void aBlockedActionIsRedWithoutBeingLateAndNeedsAReasonToo() {
        var blocked = fixture.action(scene.body(), scene.data("Blockierte Sache", schulz.id(), ActionStatus.BLOCKED, 20));
        var issued = fixture.as(scene.secretariat(), () -> links.create(scene.body().id(), null,
                new StatusLinkRequest(schulz.id(), Set.of(blocked.id(), ofSchulz.id()), StatusLinkRequest.Asks.ALL,
                        null, scene.today().plusDays(5), null)));
        var page = links.open(token(issued), address).orElseThrow();
        var red = page.actions().stream().filter(i -> i.actionId() == blocked.id()).findFirst().orElseThrow();
        var green = page.actions().stream().filter(i -> i.actionId() == ofSchulz.id()).findFirst().orElseThrow();
        assertThat(red.trafficLight().colour()).isEqualTo(de.lenkwerk.action.Rag.RED);
        assertThat(red.deadline()).isAfter(scene.today());
        assertThat(red.reasonRequired()).isTrue();
        assertThat(green.reasonRequired()).isFalse();

        assertThatThrownBy(() -> links.answer(token(issued), address, new LinkAnswer(blocked.id(), red.version(),
                ActionStatus.BLOCKED, 20, "wartet", null, List.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statuslink.error.reason"));
        links.answer(token(issued), address, new LinkAnswer(ofSchulz.id(), green.version(), ActionStatus.IN_PROGRESS,
                35, "läuft", null, List.of()));
        assertThat(SystemActor.call(() -> actions.get(ofSchulz.id())).progress()).isEqualTo(35);
    }

    @Test
    void aChangeBySomeoneSignedInMeanwhileIsNotOverwritten() {
        startRound();
        var token = tokenFromMail(schulz.email());
        var item = links.open(token, address).orElseThrow().actions().getFirst();

        // the secretariat reports on the same action while the page is open
        fixture.run(scene.secretariat(), () -> actions.report(ofSchulz.id(), item.version(),
                new ProgressReport("Telefonisch durchgegeben", ActionStatus.IN_PROGRESS, 45)));

        assertThatThrownBy(() -> links.answer(token, address, new LinkAnswer(ofSchulz.id(), item.version(),
                ActionStatus.IN_PROGRESS, 35, "veralteter Stand", null, List.of())))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo(scene.secretariat().name()));
        assertThat(SystemActor.call(() -> actions.get(ofSchulz.id())).progress()).isEqualTo(45);
        assertThat(links.open(token, address).orElseThrow().actions().getFirst().answeredAt()).isNull();
    }

    @Test
    void failedLookupsFromOneAddressAreLimitedSoTokensCannotBeGuessed() {
        var issued = ownLink(scene.today().plusDays(10));
        var token = token(issued);
        for (int i = 0; i < 10; i++) {
            assertThat(links.open("A".repeat(42) + (char) ('a' + i), address)).isEmpty();
        }

        assertThatThrownBy(() -> links.open(token, address)).as("even the right token, from that address")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statuslink.error.too-many"));
        assertThat(links.open(token, address + "9")).as("another address").isPresent();

        fixture.clock().set(NOW.plusMinutes(11));
        assertThat(links.open(token, address)).as("after the window").isPresent();
    }

    @Test
    void oneTokenIsLimitedWhateverAddressItComesFrom() {
        var token = token(ownLink(scene.today().plusDays(10)));
        for (int i = 0; i < 60; i++) {
            assertThat(links.open(token, address + "." + i)).isPresent();
        }
        assertThatThrownBy(() -> links.open(token, address + ".x"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statuslink.error.too-many"));
    }

    private StatusRoundItem startRound() {
        var round = fixture.as(scene.secretariat(),
                () -> rounds.start(scene.body().id(), scene.next().id(), scene.today().plusDays(7)));
        SecurityContextHolder.clearContext();
        return round;
    }

    /** A request on its own (no round) that the secretariat makes for Schulz's action, ending on the given day. */
    private IssuedLink ownLink(LocalDate endsOn) {
        return fixture.as(scene.secretariat(), () -> links.create(scene.body().id(), null,
                new StatusLinkRequest(schulz.id(), Set.of(ofSchulz.id()), StatusLinkRequest.Asks.ALL,
                        "Bitte bis Freitag", endsOn, null)));
    }

    private static String token(IssuedLink issued) {
        var matcher = LINK.matcher(issued.address());
        assertThat(matcher.find()).as(issued.address()).isTrue();
        return matcher.group(1);
    }

    /** The link from the newest mail to this address. */
    private String tokenFromMail(String to) {
        try {
            // the outbox sends in the background, after the owners' notices of the same round
            fixture.awaitMailsSettled();
            var mails = StatusRoundScene.mails(greenMail, to, "Bitte um Ihren Stand");
            for (var waited = 0; mails.isEmpty() && waited < 100; waited++) {
                greenMail.waitForIncomingEmail(100, greenMail.getReceivedMessages().length + 1);
                mails = StatusRoundScene.mails(greenMail, to, "Bitte um Ihren Stand");
            }
            assertThat(mails).isNotEmpty();
            var matcher = LINK.matcher(mails.getLast().getContent().toString());
            assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
