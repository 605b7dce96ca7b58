package de.lenkwerk.statusround;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Status requests on their own (from a body's actions list, outside any round) and the tracker's steps for all
 * missing at once, at a fixed moment: one person answered, one link is revoked, two still wait. A step touches only
 * those it applies to and says how many it did and skipped; a resend kills the old links.
 */
@ServiceTest
class StatusLinkBatchTest {

    private static final Pattern LINK = Pattern.compile("/antwort/([A-Za-z0-9_-]{43})");
    private static final LocalDateTime NOW = LocalDate.of(2026, 3, 10).atTime(10, 0);

    @Autowired
    StatusLinkService links;
    @Autowired
    StatusRoundService rounds;
    @Autowired
    ActionService actions;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;
    @Autowired
    TestData fixture;

    private StatusRoundScene scene;
    private ActionDetail action;
    private String address;
    private IssuedLink answered;
    private IssuedLink revoked;
    private IssuedLink waiting;
    private IssuedLink alsoWaiting;

    @BeforeEach
    void setUp() {
        fixture.clock().set(NOW);
        scene = StatusRoundScene.create(fixture, meetings);
        address = "batch-" + fixture.unique();
        action = fixture.action(scene.body(), scene.data("Schnittstellenpapier erarbeiten", person("Petra Schulz").id(),
                ActionStatus.IN_PROGRESS, 30));
        answered = ask(person("Anna Beantwortet"));
        revoked = ask(person("Rolf Widerrufen"));
        waiting = ask(person("Wilma Wartet"));
        alsoWaiting = ask(person("Walter Wartet"));
        var page = links.open(token(answered), address).orElseThrow();
        links.answer(token(answered), address, new LinkAnswer(action.id(), page.actions().getFirst().version(),
                ActionStatus.IN_PROGRESS, 50, "Läuft", null, List.of()));
        fixture.run(scene.secretariat(), () -> links.revoke(revoked.link().id()));
    }

    @Test
    void aRequestOnItsOwnIsTrackedOnTheBodyAndInNoRound() {
        var round = fixture.as(scene.secretariat(),
                () -> rounds.start(scene.body().id(), scene.next().id(), scene.today().plusDays(7)));

        var standalone = fixture.as(scene.secretariat(), () -> links.standaloneOfBody(scene.body().id()));
        assertThat(standalone).extracting(StatusLinkItem::id).containsExactlyInAnyOrder(answered.link().id(),
                revoked.link().id(), waiting.link().id(), alsoWaiting.link().id());
        assertThat(standalone).allSatisfy(l -> {
            assertThat(l.roundId()).isNull();
            assertThat(l.withoutAccess()).isTrue();
            assertThat(l.endsOn()).as("two weeks by default").isEqualTo(scene.today().plusDays(14));
        });
        assertThat(standalone).filteredOn(l -> l.id() == answered.link().id()).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo(StatusLinkState.ANSWERED));
        assertThat(fixture.as(scene.secretariat(), () -> links.forRound(round.id())))
                .noneMatch(l -> standalone.stream().anyMatch(s -> s.id() == l.id()));
        // the round's default end is its answer-by date plus a week; on its own, two weeks from today
        assertThat(links.defaultEndsOn(round.id())).isEqualTo(scene.today().plusDays(14));
        assertThat(links.defaultEndsOn(null)).isEqualTo(scene.today().plusDays(14));
        // closing a round does not end the requests on their own
        fixture.run(scene.secretariat(), () -> rounds.close(round.id()));
        assertThat(links.open(token(waiting), address)).isPresent();
    }

    @Test
    void onlyTheBodysSecretariatSeesAndStepsItsRequestsAndActionsOfOtherBodiesCannotBeAsked() {
        var neighbour = StatusRoundScene.neighbour(fixture, scene);
        assertThatThrownBy(() -> fixture.as(neighbour.secretariat(), () -> links.standaloneOfBody(scene.body().id())))
                .isInstanceOfAny(RecordNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(neighbour.secretariat(),
                () -> links.allMissingOfBody(scene.body().id(), LinkBatch.REVOKE)))
                .isInstanceOfAny(RecordNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(scene.reader(), () -> links.standaloneOfBody(scene.body().id())))
                .isInstanceOfAny(RecordNotFoundException.class, AccessDeniedException.class);
        assertThat(links.open(token(waiting), address)).as("nothing was revoked").isPresent();

        var foreign = fixture.as(neighbour.secretariat(), () -> actions.list(
                de.lenkwerk.action.ActionFilter.ofBody(neighbour.body().id()), Pageable.ofSize(5))).getFirst();
        var someone = person("Otto Fremd");
        assertThatThrownBy(() -> fixture.as(scene.secretariat(), () -> links.create(scene.body().id(), null,
                new StatusLinkRequest(someone.id(), Set.of(action.id(), foreign.id()), StatusLinkRequest.Asks.ALL,
                        null, scene.today().plusDays(5), null))))
                .isInstanceOfAny(UserFacingException.class, RecordNotFoundException.class);
    }

    @Test
    void remindingAllMissingRemindsTheWaitingOnesSkipsTheRevokedAndLeavesTheAnsweredAlone() {
        fixture.clock().set(NOW.plusHours(2));
        var result = fixture.as(scene.secretariat(),
                () -> links.allMissingOfBody(scene.body().id(), LinkBatch.REMIND));

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        var tracker = tracker();
        assertThat(tracker).filteredOn(l -> l.remindedAt() != null).extracting(StatusLinkItem::id)
                .containsExactlyInAnyOrder(waiting.link().id(), alsoWaiting.link().id());
        assertThat(tracker).filteredOn(l -> l.id() == waiting.link().id()).singleElement()
                .satisfies(l -> assertThat(l.remindedAt()).isEqualTo(NOW.plusHours(2)));
        assertThat(SystemActor.call(() -> actions.history(action.id(), Pageable.ofSize(80))))
                .filteredOn(h -> h.field().equals("statuslink.history.reminded")).hasSize(2);
    }

    @Test
    void sendingAllMissingAgainKillsTheirOldLinksAndGivesWorkingNewOnes() {
        var result = fixture.as(scene.secretariat(),
                () -> links.allMissingOfBody(scene.body().id(), LinkBatch.RESEND));

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.skipped()).as("the revoked one").isEqualTo(1);
        assertThat(result.issued()).extracting(i -> i.link().id())
                .containsExactlyInAnyOrder(waiting.link().id(), alsoWaiting.link().id());
        assertThat(links.open(token(waiting), address)).as("old link").isEmpty();
        assertThat(links.open(token(alsoWaiting), address)).as("old link").isEmpty();
        for (var fresh : result.issued()) {
            assertThat(links.open(token(fresh), address)).as("new link").isPresent();
        }
        assertThat(links.open(token(answered), address)).as("the answered one is untouched").isPresent();
        assertThat(links.open(token(revoked), address)).as("the revoked one stays revoked").isEmpty();
        assertThat(SystemActor.call(() -> actions.history(action.id(), Pageable.ofSize(80))))
                .filteredOn(h -> h.field().equals("statuslink.history.resent")).hasSize(2);
    }

    @Test
    void revokingAllMissingEndsTheWaitingLinksButNotTheAnsweredOne() {
        var result = fixture.as(scene.secretariat(),
                () -> links.allMissingOfBody(scene.body().id(), LinkBatch.REVOKE));

        assertThat(result.done()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(links.open(token(waiting), address)).isEmpty();
        assertThat(links.open(token(alsoWaiting), address)).isEmpty();
        assertThat(links.open(token(answered), address)).isPresent();
        assertThat(tracker()).filteredOn(l -> l.state() == StatusLinkState.REVOKED).hasSize(3);
        assertThat(SystemActor.call(() -> actions.history(action.id(), Pageable.ofSize(80))))
                .as("the one revoked in setUp and the two now")
                .filteredOn(h -> h.field().equals("statuslink.history.revoked")).hasSize(3);
        // once more: nothing left to revoke, and it says so instead of failing
        var again = fixture.as(scene.secretariat(), () -> links.allMissingOfBody(scene.body().id(), LinkBatch.REVOKE));
        assertThat(again.done()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
    }

    @Test
    void aRoundsStepsForAllMissingWorkOnItsLinksOnlyAndNotOnceItIsClosed() {
        var owner = person("Olga Ohnekonto");
        var own = fixture.action(scene.body(), scene.data("Rundenmaßnahme", owner.id(), ActionStatus.IN_PROGRESS, 10));
        var round = fixture.as(scene.secretariat(),
                () -> rounds.start(scene.body().id(), scene.next().id(), scene.today().plusDays(7)));
        var inRound = fixture.as(scene.secretariat(), () -> links.forRound(round.id()));
        assertThat(inRound).extracting(StatusLinkItem::personId).contains(owner.id());

        var result = fixture.as(scene.secretariat(), () -> links.allMissingOfRound(round.id(), LinkBatch.REVOKE));
        assertThat(result.done()).isEqualTo(inRound.size());
        assertThat(links.open(token(waiting), address)).as("a request on its own is not the round's").isPresent();
        assertThat(own.id()).isPositive();

        fixture.run(scene.secretariat(), () -> rounds.close(round.id()));
        assertThatThrownBy(() -> fixture.as(scene.secretariat(), () -> links.allMissingOfRound(round.id(),
                LinkBatch.REMIND)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statusround.error.closed"));
    }

    @Test
    void thePageIsInTheLanguageChosenForThePersonAndGermanByDefault() {
        var english = fixture.as(scene.secretariat(), () -> links.create(scene.body().id(), null,
                new StatusLinkRequest(person("Jane English").id(), Set.of(action.id()), StatusLinkRequest.Asks.ALL,
                        null, scene.today().plusDays(5), Locale.ENGLISH)));

        assertThat(links.open(token(english), address).orElseThrow().language().getLanguage()).isEqualTo("en");
        assertThat(links.open(token(waiting), address).orElseThrow().language().getLanguage()).isEqualTo("de");
    }

    private List<StatusLinkItem> tracker() {
        return fixture.as(scene.secretariat(), () -> links.standaloneOfBody(scene.body().id()));
    }

    private PersonItem person(String name) {
        var suffix = fixture.unique();
        return SystemActor.call(() -> people.create(new PersonData(name + " " + suffix,
                "p" + suffix.toLowerCase(Locale.ROOT) + "@test.example", null)));
    }

    /** A request on its own, from the body's actions list, with the default end date. */
    private IssuedLink ask(PersonItem person) {
        var issued = fixture.as(scene.secretariat(), () -> links.create(scene.body().id(), null,
                new StatusLinkRequest(person.id(), Set.of(action.id()), StatusLinkRequest.Asks.ALL, "Bitte kurz",
                        links.defaultEndsOn(null), null)));
        SecurityContextHolder.clearContext();
        return issued;
    }

    private static String token(IssuedLink issued) {
        var matcher = LINK.matcher(issued.address());
        assertThat(matcher.find()).as(issued.address()).isTrue();
        return matcher.group(1);
    }
}
