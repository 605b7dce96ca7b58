package de.lenkwerk.action;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.notification.NotificationItem;
import de.lenkwerk.notification.NotificationKind;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of an action, its indicators, measurements and progress reports takes one path (ADR 008): it is
 * refused on a stale version or without the right, writes its history once and tells the others who care.
 */
@LenkwerkTest
class ActionChangePathTest {

    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    /** geschaeftsstelle runs the body, verantwortlich owns the action, leser runs another body. */
    private BodyItem body;
    private ActionDetail action;
    private IndicatorItem indicator;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Pfadgremium " + suffix, "PG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "PG-" + suffix));
            var other = bodies.create(new BodyData("Nachbargremium " + suffix, "NG " + suffix, BodyType.WORKING_GROUP,
                    null, null, false, "NG-" + suffix));
            bodies.addMember(body.id(), person("Sabine Hoffmann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, today.minusDays(1), null));
            bodies.addMember(other.id(), person("Claudia Neumann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, today.minusDays(1), null));
            action = actions.create(body.id(), new ActionData("Vereinbarung", null, person("Markus Lehmann").id(), null,
                            null, Set.of(), today.minusDays(10), today.plusDays(100), ActionStatus.IN_PROGRESS, 10,
                            null, null, null, null),
                    new IndicatorData("Teilnehmende", "Personen", BigDecimal.ZERO, today.minusDays(10),
                            BigDecimal.valueOf(100), today.plusDays(100), IndicatorDirection.UP));
            indicator = indicators.forAction(action.id()).getFirst();
        });
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aChangeOnAStaleVersionIsRefusedWithWhoChangedItAndChangesNothing() {
        actions.update(action.id(), action.version(), withTitle(action.toData(), "Neuer Titel"));
        var before = actions.get(action.id());
        var historyBefore = actions.countHistory(action.id());

        assertThatThrownBy(() -> actions.report(action.id(), action.version(),
                new ProgressReport("Zu spät", ActionStatus.DONE, 80)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo("Sabine Hoffmann"));

        var after = actions.get(action.id());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(10);
        assertThat(actions.countHistory(action.id())).isEqualTo(historyBefore);
        assertThat(actions.timeline(action.id(), Pageable.unpaged())).isEmpty();
        signIn("verantwortlich");
        assertThat(about(action, NotificationKind.REPORTED)).isEmpty();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aMeasurementWritesItsHistoryOnceAndTellsTheOwnerWhenSomeoneElseEnteredIt() {
        var historyBefore = actions.history(action.id(), Pageable.unpaged()).stream().map(HistoryEntry::id).toList();

        indicators.addMeasurement(indicator.id(), new MeasurementData(today, BigDecimal.valueOf(40), null));

        var added = actions.history(action.id(), Pageable.unpaged()).stream()
                .filter(e -> !historyBefore.contains(e.id())).toList();
        assertThat(added).allSatisfy(e -> assertThat(e.recordType()).isEqualTo(RecordType.MEASUREMENT));
        assertThat(added).extracting(HistoryEntry::recordId).containsOnly(added.getFirst().recordId());
        assertThat(added).filteredOn(e -> e.field().equals("measurement.value")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).isEqualTo("40"));
        signIn("verantwortlich");
        assertThat(about(action, NotificationKind.MEASURED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: Sabine Hoffmann hat einen neuen Messwert für "
                        + "„Teilnehmende“ eingetragen.");
        assertThat(notifications.mine(50, Locale.ENGLISH)).filteredOn(n -> n.kind() == NotificationKind.MEASURED)
                .first().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " \"Vereinbarung\": Sabine Hoffmann entered a new value for \"Teilnehmende\".");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aProgressReportWritesItsHistoryOnceAndTellsTheOwnerWhenSomeoneElseReported() {
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
        signIn("verantwortlich");
        assertThat(about(action, NotificationKind.REPORTED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: Sabine Hoffmann hat einen neuen Stand berichtet.");
    }

    @Test
    @WithUserDetails("verantwortlich")
    void whenTheOwnerReportsTheSecretariatIsToldAndTheOwnerIsNot() {
        actions.report(action.id(), action.version(), new ProgressReport("Läuft", ActionStatus.IN_PROGRESS, 30));

        assertThat(about(action, NotificationKind.REPORTED)).isEmpty();
        signIn("geschaeftsstelle");
        assertThat(about(action, NotificationKind.REPORTED)).singleElement().extracting(NotificationItem::text)
                .isEqualTo(action.number() + " „Vereinbarung“: Markus Lehmann hat einen neuen Stand berichtet.");
    }

    @Test
    @WithUserDetails("leser")
    void theSecretariatOfAnotherBodyCanChangeNothingAndNobodyIsTold() {
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

        signIn("geschaeftsstelle");
        var after = actions.get(action.id());
        assertThat(after.version()).isEqualTo(action.version());
        assertThat(after.title()).isEqualTo("Vereinbarung");
        assertThat(after.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(actions.history(action.id(), Pageable.unpaged()))
                .noneMatch(e -> "Claudia Neumann".equals(e.changedBy()));
        assertThat(indicators.measurements(indicator.id(), Pageable.unpaged())).isEmpty();
        assertThat(indicators.forAction(action.id()).getFirst().name()).isEqualTo("Teilnehmende");
        signIn("verantwortlich");
        assertThat(notifications.mine(200, Locale.GERMAN))
                .filteredOn(n -> n.link().equals("massnahmen/" + action.id()))
                .extracting(NotificationItem::kind).containsOnly(NotificationKind.ASSIGNED);
    }

    private List<NotificationItem> about(ActionDetail action, NotificationKind kind) {
        return notifications.mine(200, Locale.GERMAN).stream()
                .filter(n -> n.kind() == kind && n.link().equals("massnahmen/" + action.id())).toList();
    }

    /** Another person signs in on this thread, as in a second browser. */
    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static ActionData withTitle(ActionData d, String title) {
        return new ActionData(title, d.description(), d.ownerPersonId(), d.ownerOrganisationId(), d.deputyPersonId(),
                d.contributorIds(), d.startDate(), d.deadline(), d.status(), d.progress(), d.sourceMeetingId(),
                d.sourceAgendaItemId(), d.sourceReference(), d.parentId());
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
