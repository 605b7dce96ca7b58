package de.lenkwerk.action;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core record's rules with the real database and real users: who may read, manage and report; lost-update
 * protection; bad input; numbering; history; the traffic light moving with reports.
 */
@LenkwerkTest
class ActionServiceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BodyService bodies;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;

    /** A body of its own per test: geschaeftsstelle is its secretariat, leser reads, verantwortlich owns an action. */
    private BodyItem body;
    private ActionDetail action;
    private PersonItem owner;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Testgremium " + suffix, "TG " + suffix, BodyType.WORKING_GROUP, null, null,
                    false, "TG-" + suffix));
            owner = person("Markus Lehmann");
            bodies.addMember(body.id(), person("Sabine Hoffmann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, TODAY.minusDays(1), null));
            bodies.addMember(body.id(), person("Claudia Neumann").id(), null,
                    new MembershipData(null, MembershipRole.READER, null, null));
            action = actions.create(body.id(), data("Vereinbarung", owner.id(), TODAY.minusDays(10), TODAY.plusDays(100), 10),
                    new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, TODAY.minusDays(10),
                            BigDecimal.valueOf(100), TODAY.plusDays(100), IndicatorDirection.UP));
        });
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theSecretariatRecordsActionsWithReadableNumbersThatAreNeverReused() {
        var second = actions.create(body.id(), data("Zweite", owner.id(), null, TODAY.plusDays(30), 0), null);
        var third = actions.create(body.id(), data("Dritte", owner.id(), null, TODAY.plusDays(30), 0), null);

        var prefix = body.actionPrefix() + "-" + TODAY.getYear() + "-";
        assertThat(action.number()).isEqualTo(prefix + "01");
        assertThat(second.number()).isEqualTo(prefix + "02");
        assertThat(third.number()).isEqualTo(prefix + "03");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aSecondSaveOnTheSameVersionIsRefusedWithWhoChangedItAndNothingIsLost() {
        var first = action.toData();
        actions.update(action.id(), action.version(), withDeadline(first, TODAY.plusDays(120)));

        assertThatThrownBy(() -> actions.update(action.id(), action.version(), withDeadline(first, TODAY.plusDays(150))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo("Sabine Hoffmann"));
        assertThat(actions.get(action.id()).deadline()).isEqualTo(TODAY.plusDays(120));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void everyChangeIsInTheHistoryWithOldAndNewValue() {
        actions.update(action.id(), action.version(), withDeadline(action.toData(), TODAY.plusDays(120)));

        var entries = actions.history(action.id(), PageRequest.of(0, 50));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.deadline");
            assertThat(e.oldValue()).isEqualTo(TODAY.plusDays(100).toString());
            assertThat(e.newValue()).isEqualTo(TODAY.plusDays(120).toString());
            assertThat(e.changedBy()).isEqualTo("Sabine Hoffmann");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("action.owner");
            assertThat(e.newValue()).isEqualTo("Markus Lehmann");
        });
        assertThat(entries).anySatisfy(e -> assertThat(e.field()).isEqualTo("indicator.name"));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void badInputIsRefusedByTheServiceWhateverTheForm() {
        assertThatThrownBy(() -> actions.create(body.id(), data("Rückwärts", owner.id(), TODAY, TODAY.minusDays(1), 0), null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.deadline-before-start"));
        assertThatThrownBy(() -> actions.create(body.id(), data("Zu viel", owner.id(), null, TODAY, 150), null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> actions.create(body.id(), data(" ", owner.id(), null, TODAY, 0), null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> indicators.add(action.id(), new IndicatorData("Falsch herum", "Tage", BigDecimal.TEN,
                TODAY, BigDecimal.ONE, TODAY.plusDays(5), IndicatorDirection.UP)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("indicator.error.direction"));
        assertThat(actions.count(ActionFilter.ofBody(body.id()))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void markupIsStoredAsTextNotInterpreted() {
        var created = actions.create(body.id(), data("<script>alert('x')</script> & Co", owner.id(), null, TODAY.plusDays(5), 0), null);

        assertThat(actions.get(created.id()).title()).isEqualTo("<script>alert('x')</script> & Co");
    }

    @Test
    @WithUserDetails("verantwortlich")
    void theOwnerReportsProgressAndTheTrafficLightFollows() {
        var mine = actions.list(ActionFilter.onlyMine(), Pageable.unpaged());
        assertThat(mine).extracting(ActionListItem::id).contains(action.id());
        var indicator = indicators.forAction(action.id()).getFirst();

        indicators.addMeasurement(indicator.id(), new MeasurementData(TODAY, BigDecimal.valueOf(3), "erste Zahlen"));
        assertThat(actions.get(action.id()).trafficLight().colour()).isEqualTo(Rag.AMBER);
        assertThat(actions.get(action.id()).trafficLight().reasons())
                .contains(new TrafficLight.Reason("rag.reason.indicator-behind", "Teilnehmende"));

        indicators.addMeasurement(indicator.id(), new MeasurementData(TODAY, BigDecimal.valueOf(40), "nachgemeldet"));
        var current = actions.get(action.id());
        actions.report(action.id(), current.version(), new ProgressReport("Läuft", ActionStatus.BLOCKED, 20));

        var after = actions.get(action.id());
        assertThat(after.trafficLight().colour()).isEqualTo(Rag.RED);
        assertThat(actions.timeline(action.id(), PageRequest.of(0, 5))).extracting(ProgressUpdateItem::author)
                .containsExactly("Markus Lehmann");
        assertThat(actions.list(ActionFilter.onlyMine(), Pageable.unpaged()).stream()
                .filter(a -> a.id().equals(action.id())).findFirst().orElseThrow().rag()).isEqualTo(Rag.RED);
    }

    @Test
    @WithUserDetails("verantwortlich")
    void theOwnerCannotChangeWhatWasAgreedNorSeeTheBodyItself() {
        assertThatThrownBy(() -> actions.update(action.id(), action.version(), withDeadline(action.toData(), TODAY.plusDays(400))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.overrideTrafficLight(action.id(), action.version(), Rag.GREEN, "passt"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.add(action.id(), new IndicatorData("Neu", "x", BigDecimal.ZERO, TODAY,
                BigDecimal.ONE, TODAY.plusDays(1), IndicatorDirection.UP))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.get(body.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> meetings.forBody(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThat(actions.get(action.id()).canReport()).isTrue();
        assertThat(actions.get(action.id()).canEdit()).isFalse();
    }

    @Test
    @WithUserDetails("leser")
    void aReaderReadsButCannotChangeOrReport() {
        assertThat(bodies.get(body.id()).name()).isEqualTo(body.name());
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).hasSize(1);
        assertThat(indicators.forAction(action.id())).hasSize(1);
        assertThat(actions.history(action.id(), PageRequest.of(0, 5))).isNotEmpty();

        assertThatThrownBy(() -> actions.report(action.id(), action.version(), new ProgressReport("x", ActionStatus.DONE, 100)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(body.id(), data("Neu", owner.id(), null, TODAY, 0), null))
                .isInstanceOf(AccessDeniedException.class);
        var indicator = indicators.forAction(action.id()).getFirst();
        assertThatThrownBy(() -> indicators.addMeasurement(indicator.id(), new MeasurementData(TODAY, BigDecimal.ONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.update(body.id(), body.version(), body.toData())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("verantwortlich")
    void somebodyWithoutARoleSeesNothingEvenWhenGuessingIds() {
        var foreign = SystemActor.call(() -> actions.create(body.id(),
                data("Fremd", person("Sabine Hoffmann").id(), null, TODAY.plusDays(3), 0), null));

        assertThatThrownBy(() -> actions.get(foreign.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.timeline(foreign.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.history(foreign.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> indicators.forAction(foreign.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.report(foreign.id(), 0, new ProgressReport("x", ActionStatus.DONE, 100)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> bodies.members(body.id(), PageRequest.of(0, 5))).isInstanceOf(RecordNotFoundException.class);
        assertThat(actions.list(ActionFilter.ofBody(body.id()), Pageable.unpaged())).extracting(ActionListItem::id)
                .containsExactly(action.id());
        assertThatThrownBy(() -> actions.get(Long.MAX_VALUE)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aManualTrafficLightNeedsAJustificationAndIsShownAsSuch() {
        assertThatThrownBy(() -> actions.overrideTrafficLight(action.id(), action.version(), Rag.RED, " "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.override-reason"));

        var overridden = actions.overrideTrafficLight(action.id(), action.version(), Rag.RED, "Finanzierung unklar");

        assertThat(overridden.trafficLight().colour()).isEqualTo(Rag.RED);
        assertThat(overridden.trafficLight().reasons()).containsExactly(
                new TrafficLight.Reason("rag.reason.override", "Finanzierung unklar"));
        assertThat(overridden.derivedTrafficLight().colour()).isNotEqualTo(Rag.RED);
        assertThat(overridden.overrideBy()).isEqualTo("Sabine Hoffmann");
        assertThat(actions.list(new ActionFilter(body.id(), null, null, null, Rag.RED, null, null, null, false, null),
                Pageable.unpaged())).hasSize(1);
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aParentsProgressRollsUpFromItsChildren() {
        var parent = actions.create(body.id(), data("Workshops", owner.id(), null, TODAY.plusDays(60), 0), null);
        actions.create(body.id(), child("Workshop A", parent.id(), 100), null);
        actions.create(body.id(), child("Workshop B", parent.id(), 50), null);

        assertThat(actions.get(parent.id()).progress()).isEqualTo(75);
        assertThat(actions.get(parent.id()).progressRolledUp()).isTrue();
        assertThatThrownBy(() -> actions.update(parent.id(), actions.get(parent.id()).version(),
                withParent(actions.get(parent.id()).toData(), parent.id())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("action.error.parent"));
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theListFiltersByTextStatusAndDeadline() {
        actions.create(body.id(), data("Sprachkurse ausbauen", owner.id(), null, TODAY.plusDays(200), 0), null);

        var byText = new ActionFilter(body.id(), null, null, null, null, null, null, "SPRACHKURS", false, null);
        var byDeadline = new ActionFilter(body.id(), null, null, null, null, TODAY.plusDays(150), null, null, false, null);
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
        return new ActionData(title, null, owner.id(), null, null, Set.of(), null, TODAY.plusDays(60),
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

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
