package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.security.SystemActor;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core record's rules with the real database and real users: who may read, manage and report; lost-update
 * protection; bad input; numbering; history; the traffic light moving with reports.
 */
@ServiceTest
class ActionServiceTest {

    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData fixture;

    /**
     * A body of its own per test with a secretariat and a reader; the owner of its action has an account but no role
     * in the body. A second body with its own action is what a leak would show.
     */
    private TestData.Committee committee;
    private BodyItem body;
    private ActionDetail action;
    private TestData.Account owner;
    private BodyItem otherBody;
    private ActionDetail foreign;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        committee = fixture.committee("Testgremium");
        body = committee.body();
        owner = fixture.account("Verantwortlich");
        action = fixture.action(body, data("Vereinbarung", owner.personId(), today.minusDays(10), today.plusDays(100), 10),
                new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.valueOf(100), today.plusDays(100), IndicatorDirection.UP));
        otherBody = fixture.committee("Anderes Gremium", MembershipRole.SECRETARIAT).body();
        foreign = fixture.action(otherBody, fixture.actionData("Fremde Vereinbarung", fixture.person("Fremd").id(), 30),
                new IndicatorData("Fremder Indikator", "Stück", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.TEN, today.plusDays(30), IndicatorDirection.UP));
    }

    @Test
    void theSecretariatRecordsActionsWithReadableNumbersThatAreNeverReused() {
        fixture.signIn(committee.secretariat());
        var second = actions.create(body.id(), data("Zweite", owner.personId(), null, today.plusDays(30), 0), null);
        var third = actions.create(body.id(), data("Dritte", owner.personId(), null, today.plusDays(30), 0), null);

        var prefix = body.actionPrefix() + "-" + today.getYear() + "-";
        assertThat(action.number()).isEqualTo(prefix + "01");
        assertThat(second.number()).isEqualTo(prefix + "02");
        assertThat(third.number()).isEqualTo(prefix + "03");
    }

    @Test
    void aSecondSaveOnTheSameVersionIsRefusedWithWhoChangedItAndNothingIsLost() {
        fixture.signIn(committee.secretariat());
        var first = action.toData();
        actions.update(action.id(), action.version(), withDeadline(first, today.plusDays(120)));

        assertThatThrownBy(() -> actions.update(action.id(), action.version(), withDeadline(first, today.plusDays(150))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo(committee.secretariat().name()));
        assertThat(actions.get(action.id()).deadline()).isEqualTo(today.plusDays(120));
    }

    @Test
    void everyChangeIsInTheHistoryWithOldAndNewValue() {
        fixture.signIn(committee.secretariat());
        actions.update(action.id(), action.version(), withDeadline(action.toData(), today.plusDays(120)));

        var entries = actions.history(action.id(), PageRequest.of(0, 50));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.deadline");
            assertThat(e.oldValue()).isEqualTo(today.plusDays(100).toString());
            assertThat(e.newValue()).isEqualTo(today.plusDays(120).toString());
            assertThat(e.changedBy()).isEqualTo(committee.secretariat().name());
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.owner");
            assertThat(e.newValue()).isEqualTo(owner.name());
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.field()).isEqualTo("indicator.name"));
    }

    @Test
    void badInputIsRefusedByTheServiceWhateverTheForm() {
        fixture.signIn(committee.secretariat());
        assertThatThrownBy(() -> actions.create(body.id(), data("Rückwärts", owner.personId(), today, today.minusDays(1), 0), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.deadline-before-start"));
        assertThatThrownBy(() -> actions.create(body.id(), data("Zu viel", owner.personId(), null, today, 150), null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> actions.create(body.id(), data(" ", owner.personId(), null, today, 0), null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> indicators.add(action.id(), new IndicatorData("Falsch herum", "Tage", BigDecimal.TEN,
                today, BigDecimal.ONE, today.plusDays(5), IndicatorDirection.UP)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.error.direction"));
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isEqualTo(1);
    }

    @Test
    void markupIsStoredAsTextNotInterpreted() {
        fixture.signIn(committee.secretariat());
        var created = actions.create(body.id(), data("<script>alert('x')</script> & Co", owner.personId(), null, today.plusDays(5), 0), null);

        assertThat(actions.get(created.id()).title()).isEqualTo("<script>alert('x')</script> & Co");
    }

    @Test
    void theOwnerReportsProgressAndTheTrafficLightFollows() {
        fixture.signIn(owner);
        var mine = actions.list(ActionFilter.onlyMine(), Pageable.unpaged());
        assertThat(mine).extracting(ActionListItem::id).contains(action.id());
        var indicator = indicators.forAction(action.id()).getFirst();

        indicators.addMeasurement(indicator.id(), new MeasurementData(today, BigDecimal.valueOf(3), "erste Zahlen"));
        assertThat(actions.get(action.id()).trafficLight().colour()).isEqualTo(Rag.AMBER);
        assertThat(actions.get(action.id()).trafficLight().reasons())
                .contains(new TrafficLight.Reason("rag.reason.indicator-behind", "Teilnehmende"));

        indicators.addMeasurement(indicator.id(), new MeasurementData(today, BigDecimal.valueOf(40), "nachgemeldet"));
        var current = actions.get(action.id());
        actions.report(action.id(), current.version(), new ProgressReport("Läuft", ActionStatus.BLOCKED, 20));

        var after = actions.get(action.id());
        assertThat(after.trafficLight().colour()).isEqualTo(Rag.RED);
        assertThat(actions.timeline(action.id(), PageRequest.of(0, 5))).extracting(ProgressUpdateItem::author)
                .containsExactly(owner.name());
        assertThat(actions.list(ActionFilter.onlyMine(), Pageable.unpaged()).stream()
                .filter(a -> a.id().equals(action.id())).findFirst().orElseThrow().rag()).isEqualTo(Rag.RED);
    }

    @Test
    void theOwnerCannotChangeWhatWasAgreedNorSeeTheBodyItself() {
        fixture.signIn(owner);
        assertThatThrownBy(() -> actions.update(action.id(), action.version(), withDeadline(action.toData(), today.plusDays(400))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.overrideTrafficLight(action.id(), action.version(), Rag.GREEN, "passt"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.add(action.id(), new IndicatorData("Neu", "x", BigDecimal.ZERO, today,
                BigDecimal.ONE, today.plusDays(1), IndicatorDirection.UP))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.get(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.forBody(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThat(actions.get(action.id()).canReport()).isTrue();
        assertThat(actions.get(action.id()).canEdit()).isFalse();
    }

    @Test
    void aReaderReadsButCannotChangeOrReport() {
        fixture.signIn(committee.reader());
        assertThat(bodies.get(body.id()).name()).isEqualTo(body.name());
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).hasSize(1);
        assertThat(indicators.forAction(action.id())).hasSize(1);
        assertThat(actions.history(action.id(), PageRequest.of(0, 5))).isNotEmpty();

        assertThatThrownBy(() -> actions.report(action.id(), action.version(), new ProgressReport("x", ActionStatus.DONE, 100)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(body.id(), data("Neu", owner.personId(), null, today, 0), null))
                .isInstanceOf(AccessDeniedException.class);
        var indicator = indicators.forAction(action.id()).getFirst();
        assertThatThrownBy(() -> indicators.addMeasurement(indicator.id(), new MeasurementData(today, BigDecimal.ONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.update(body.id(), body.version(), body.toData())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void somebodyWithoutARoleSeesNothingEvenWhenGuessingIds() {
        fixture.signIn(owner);
        var sameBody = fixture.action(body, data("Fremd", fixture.person("Andere").id(), null, today.plusDays(3), 0));

        for (var other : List.of(sameBody, foreign)) {
            assertThatThrownBy(() -> actions.get(other.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> actions.timeline(other.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> actions.history(other.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> indicators.forAction(other.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> actions.report(other.id(), other.version(), new ProgressReport("x", ActionStatus.DONE, 100)))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> bodies.members(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).extracting(ActionListItem::id)
                .containsExactly(action.id());
        assertThat(actions.list(ActionFilter.ofBody(otherBody.id()), Pageable.unpaged())).isEmpty();
        // an id that exists nowhere gets the same answer as a foreign one, so ids cannot be probed for existence
        assertThatThrownBy(() -> actions.get(Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSecretariatOfOneBodyCannotReadOrChangeTheRecordsOfAnother() {
        fixture.signIn(committee.secretariat());
        var foreignIndicator = SystemActor.call(() -> indicators.forAction(foreign.id())).getFirst();

        assertThatThrownBy(() -> actions.get(foreign.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.history(foreign.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.timeline(foreign.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> indicators.forAction(foreign.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> indicators.addMeasurement(foreignIndicator.id(),
                new MeasurementData(today, BigDecimal.ONE, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.update(foreign.id(), foreign.version(), foreign.toData()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.create(otherBody.id(), data("Untergeschoben", owner.personId(), null, today, 0), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.get(otherBody.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(actions.list(ActionFilter.NONE, Pageable.unpaged())).extracting(ActionListItem::id)
                .containsExactly(action.id());
        assertThat(SystemActor.call(() -> actions.get(foreign.id())).version()).as("nothing changed").isEqualTo(foreign.version());
    }

    @Test
    void aManualTrafficLightNeedsAJustificationAndIsShownAsSuch() {
        fixture.signIn(committee.secretariat());
        assertThatThrownBy(() -> actions.overrideTrafficLight(action.id(), action.version(), Rag.RED, " "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.override-reason"));

        var overridden = actions.overrideTrafficLight(action.id(), action.version(), Rag.RED, "Finanzierung unklar");

        assertThat(overridden.trafficLight().colour()).isEqualTo(Rag.RED);
        assertThat(overridden.trafficLight().reasons()).containsExactly(
                new TrafficLight.Reason("rag.reason.override", "Finanzierung unklar"));
        assertThat(overridden.derivedTrafficLight().colour()).isNotEqualTo(Rag.RED);
        assertThat(overridden.overrideBy()).isEqualTo(committee.secretariat().name());
        assertThat(actions.list(new ActionFilter(body.id(), null, null, null, Rag.RED, null, null, null, false, null),
                Pageable.unpaged())).hasSize(1);
    }

    @Test
    void aParentsProgressRollsUpFromItsChildren() {
        fixture.signIn(committee.secretariat());
        var parent = actions.create(body.id(), data("Workshops", owner.personId(), null, today.plusDays(60), 0), null);
        actions.create(body.id(), child("Workshop A", parent.id(), 100), null);
        actions.create(body.id(), child("Workshop B", parent.id(), 50), null);

        assertThat(actions.get(parent.id()).progress()).isEqualTo(75);
        assertThat(actions.get(parent.id()).progressRolledUp()).isTrue();
        assertThatThrownBy(() -> actions.update(parent.id(), actions.get(parent.id()).version(),
                withParent(actions.get(parent.id()).toData(), parent.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("action.error.parent"));
    }

    @Test
    void theListFiltersByTextStatusAndDeadline() {
        fixture.signIn(committee.secretariat());
        actions.create(body.id(), data("Sprachkurse ausbauen", owner.personId(), null, today.plusDays(200), 0), null);

        var byText = new ActionFilter(body.id(), null, null, null, null, null, null, "SPRACHKURS", false, null);
        var byDeadline = new ActionFilter(body.id(), null, null, null, null, today.plusDays(150), null, null, false, null);
        var byStatus = new ActionFilter(body.id(), null, null, ActionStatus.DONE, null, null, null, null, false, null);
        assertThat(actions.list(byText, Pageable.unpaged())).extracting(ActionListItem::title).containsExactly("Sprachkurse ausbauen");
        assertThat(actions.count(byDeadline)).isEqualTo(1);
        assertThat(actions.count(byStatus)).isZero();
        assertThat(actions.list(ActionFilter.ofBody(body.id()),
                PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("deadline").descending())))
                .extracting(ActionListItem::title).first().isEqualTo("Sprachkurse ausbauen");
    }

    private ActionData data(String title, long ownerId, LocalDate start, LocalDate deadline, int progress) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), start, deadline, ActionStatus.IN_PROGRESS,
                progress, null, null, null, null);
    }

    private ActionData child(String title, long parentId, int progress) {
        return new ActionData(title, null, owner.personId(), null, null, Set.of(), null, today.plusDays(60),
                progress == 100 ? ActionStatus.DONE : ActionStatus.IN_PROGRESS, progress, null, null, null, parentId);
    }

    private static ActionData withDeadline(ActionData d, LocalDate deadline) {
        return new ActionData(d.title(), d.description(), d.ownerPersonId(), d.ownerOrganisationId(), d.deputyPersonId(),
                d.contributorIds(), d.startDate(), deadline, d.status(), d.progress(), d.sourceMeetingId(),
                d.sourceAgendaItemId(), d.sourceReference(), d.parentId());
    }

    private static ActionData withParent(ActionData d, Long parentId) {
        return new ActionData(d.title(), d.description(), d.ownerPersonId(), d.ownerOrganisationId(), d.deputyPersonId(),
                d.contributorIds(), d.startDate(), d.deadline(), d.status(), d.progress(), d.sourceMeetingId(),
                d.sourceAgendaItemId(), d.sourceReference(), parentId);
    }

}
