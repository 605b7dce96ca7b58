package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.notification.NotificationItem;
import de.lenkwerk.notification.NotificationKind;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of an action, its indicators, measurements and progress reports takes one path (ADR 008): it is
 * refused on a stale version or without the right, writes its history once and tells the others who care.
 */
@ServiceTest
class ActionChangePathTest {

    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestData fixture;

    /** The secretariat runs the body, the owner (no role in it) owns the action, the outsider runs another body. */
    private TestData.Account secretariat;
    private TestData.Account owner;
    private TestData.Account outsider;
    private ActionDetail action;
    private IndicatorItem indicator;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        var committee = fixture.committee("Pfadgremium", MembershipRole.SECRETARIAT);
        secretariat = committee.secretariat();
        outsider = fixture.committee("Nachbargremium", MembershipRole.SECRETARIAT).secretariat();
        owner = fixture.account("Verantwortlich");
        action = fixture.action(committee.body(), fixture.actionData("Vereinbarung", owner.personId(), 100),
                new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, today.minusDays(10),
                        BigDecimal.valueOf(100), today.plusDays(100), IndicatorDirection.UP));
        indicator = SystemActor.call(() -> indicators.forAction(action.id()).getFirst());
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedWithWhoChangedItAndChangesNothing() {
        fixture.signIn(secretariat);
        actions.update(action.id(), action.version(), withTitle(action.toData(), "Neuer Titel"));
        var before = actions.get(action.id());
        var historyBefore = actions.countHistory(action.id());

        assertThatThrownBy(() -> actions.report(action.id(), action.version(),
                new ProgressReport("Zu spät", ActionStatus.DONE, 80)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo(secretariat.name()));

        var after = actions.get(action.id());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(10);
        assertThat(actions.countHistory(action.id())).isEqualTo(historyBefore);
        assertThat(actions.timeline(action.id(), Pageable.unpaged())).isEmpty();
        fixture.signIn(owner);
        assertThat(about(action, NotificationKind.REPORTED)).isEmpty();
    }

    @Test
    void aMeasurementWritesItsHistoryOnceAndTellsTheOwnerWhenSomeoneElseEnteredIt() {
        fixture.signIn(secretariat);
        var historyBefore = actions.history(action.id(), Pageable.unpaged()).stream().map(HistoryEntry::id).toList();

        indicators.addMeasurement(indicator.id(), new MeasurementData(today, BigDecimal.valueOf(40), null));

        var added = actions.history(action.id(), Pageable.unpaged()).stream()
                .filter(e -> !historyBefore.contains(e.id())).toList();
        assertThat(added).allSatisfy(e -> assertThat(e.recordType()).isEqualTo(RecordType.MEASUREMENT));
        assertThat(added).extracting(HistoryEntry::recordId).containsOnly(added.getFirst().recordId());
        assertThat(added).filteredOn(e -> e.field().equals("measurement.value")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("40"));
        fixture.signIn(owner);
        assertThat(about(action, NotificationKind.MEASURED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: " + secretariat.name()
                        + " hat einen neuen Messwert für „Teilnehmende“ eingetragen.");
        assertThat(notifications.mine(50, Locale.ENGLISH)).filteredOn(n -> n.kind() == NotificationKind.MEASURED)
                .first().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " \"Vereinbarung\": " + secretariat.name()
                        + " entered a new value for \"Teilnehmende\".");
    }

    @Test
    void aProgressReportWritesItsHistoryOnceAndTellsTheOwnerWhenSomeoneElseReported() {
        fixture.signIn(secretariat);
        var historyBefore = actions.history(action.id(), Pageable.unpaged()).stream().map(HistoryEntry::id).toList();

        actions.report(action.id(), action.version(), new ProgressReport("Halbzeit", ActionStatus.IN_PROGRESS, 50));

        var added = actions.history(action.id(), Pageable.unpaged()).stream()
                .filter(e -> !historyBefore.contains(e.id())).toList();
        assertThat(added).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("action.progress");
            assertThat(e.oldValue()).isEqualTo("10");
            assertThat(e.newValue()).isEqualTo("50");
        });
        assertThat(actions.timeline(action.id(), Pageable.unpaged())).singleElement()
                .extracting(ProgressUpdateItem::text).isEqualTo("Halbzeit");
        fixture.signIn(owner);
        assertThat(about(action, NotificationKind.REPORTED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: " + secretariat.name()
                        + " hat einen neuen Stand berichtet.");
    }

    @Test
    void whenTheOwnerReportsTheSecretariatIsToldAndTheOwnerIsNot() {
        fixture.signIn(owner);
        actions.report(action.id(), action.version(), new ProgressReport("Läuft", ActionStatus.IN_PROGRESS, 30));

        assertThat(about(action, NotificationKind.REPORTED)).isEmpty();
        fixture.signIn(secretariat);
        assertThat(about(action, NotificationKind.REPORTED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: " + owner.name()
                        + " hat einen neuen Stand berichtet.");
    }

    @Test
    void theSecretariatOfAnotherBodyCanChangeNothingAndNobodyIsTold() {
        fixture.signIn(outsider);
        var data = withTitle(action.toData(), "Übernommen");
        assertThatThrownBy(() -> actions.update(action.id(), action.version(), data))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> actions.report(action.id(), action.version(),
                new ProgressReport("Fremd", ActionStatus.DONE, 100))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> indicators.addMeasurement(indicator.id(),
                new MeasurementData(today, BigDecimal.TEN, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> indicators.update(indicator.id(), indicator.version(), new IndicatorData("Fremd",
                "Stück", BigDecimal.ZERO, today.minusDays(1), BigDecimal.TEN, today.plusDays(5), IndicatorDirection.UP)))
                .isInstanceOf(RecordNotFoundException.class);

        fixture.signIn(secretariat);
        var after = actions.get(action.id());
        assertThat(after.version()).isEqualTo(action.version());
        assertThat(after.title()).isEqualTo("Vereinbarung");
        assertThat(after.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(actions.history(action.id(), Pageable.unpaged()))
                .noneMatch(e -> outsider.name().equals(e.changedBy()));
        assertThat(indicators.measurements(indicator.id(), Pageable.unpaged())).isEmpty();
        assertThat(indicators.forAction(action.id()).getFirst().name()).isEqualTo("Teilnehmende");
        fixture.signIn(owner);
        assertThat(notifications.mine(200, Locale.GERMAN))
                .filteredOn(n -> n.link().equals("massnahmen/" + action.id()))
                .extracting(NotificationItem::kind).containsOnly(NotificationKind.ASSIGNED);
    }

    private List<NotificationItem> about(ActionDetail action, NotificationKind kind) {
        return notifications.mine(200, Locale.GERMAN).stream()
                .filter(n -> n.kind() == kind && n.link().equals("massnahmen/" + action.id())).toList();
    }

    private static ActionData withTitle(ActionData d, String title) {
        return new ActionData(title, d.description(), d.ownerPersonId(), d.ownerOrganisationId(), d.deputyPersonId(),
                d.contributorIds(), d.startDate(), d.deadline(), d.status(), d.progress(), d.sourceMeetingId(),
                d.sourceAgendaItemId(), d.sourceReference(), d.parentId());
    }
}
