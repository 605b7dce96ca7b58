package de.lenkwerk.statusround.ui;

import de.lenkwerk.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.ui.MyActionsView;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.statusround.StatusRoundItem;
import de.lenkwerk.statusround.StatusRoundService;
import de.lenkwerk.statusround.StatusRoundState;
import de.lenkwerk.statusround.TrackerRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner answers under "Meine Maßnahmen"; the secretariat follows the round on its page, reminds and closes. */
@LenkwerkTest
class StatusRoundViewsTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(TestClock.BERLIN);

    @Autowired
    StatusRoundService rounds;
    @Autowired
    Clock clock;
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

    private BodyItem body;
    private ActionDetail ofLehmann;
    private PersonItem other;
    private StatusRoundItem round;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Ansichtsgremium " + suffix, "AG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "AV-" + suffix));
            bodies.addMember(body.id(), person("Sabine Hoffmann").id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, TODAY.minusDays(1), null));
            other = people.create(new PersonData("Eva Sommer " + suffix, null, null));
            var meeting = meetings.plan(body.id(), new MeetingData("Nächste Sitzung",
                    TODAY.plusDays(10).atTime(LocalTime.of(10, 0)), null, MeetingState.PLANNED, null));
            ofLehmann = actions.create(body.id(), data("Antwort-Test " + suffix, person("Markus Lehmann").id()),
                    new IndicatorData("Beratungstage", "Tage", BigDecimal.ZERO, TODAY.minusDays(30), BigDecimal.TEN,
                            TODAY.plusDays(100), IndicatorDirection.UP));
            actions.create(body.id(), data("Ohne Antwort " + suffix, other.id()), null);
            round = rounds.start(body.id(), meeting.id(), TODAY.plusDays(7));
        });
    }

    @Test
    @WithUserDetails("verantwortlich")
    void theOwnerAnswersUnderMyActionsAndTheAnswerIsSaved() {
        navigate(MyActionsView.class);
        var form = $(AnswerForm.class).all().stream()
                .filter(f -> f.requested().action().id().equals(ofLehmann.id())).findFirst().orElseThrow();
        var card = form.getParent().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Statusabfrage " + body.name() + " – Antwort bis ");
        assertThat(form.state.getText() + form.state.getElement().getTextRecursively()).contains("noch nicht beantwortet");

        test(form.send).click();
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(tracker(ofLehmann.ownerPersonId()).answered()).isZero();

        test(form.status).selectItem("in Arbeit");
        test(form.progress).setValue(55);
        test(form.values.values().iterator().next()).setValue(new BigDecimal("7"));
        test(form.text).setValue("Zwei Beratungstage sind fest vereinbart.");
        test(form.send).click();

        assertThat(form.errors.isVisible()).isFalse();
        assertThat(form.state.getElement().getTextRecursively()).startsWith("beantwortet am");
        assertThat(form.text.getValue()).isEmpty();
        assertThat(tracker(ofLehmann.ownerPersonId()).answered()).isEqualTo(1);
        assertThat(actions.get(ofLehmann.id()).progress()).isEqualTo(55);
        assertThat(indicators.forAction(ofLehmann.id()).getFirst().latestValue()).isEqualByComparingTo("7");
    }

    @Test
    @WithUserDetails("verantwortlich")
    void anIndicatorBrokenDownByCityIsAnsweredWithAValuePerCity() {
        var cities = SystemActor.call(() -> indicators.add(ofLehmann.id(), new IndicatorData("Beratungen", "Termine",
                BigDecimal.ZERO, TODAY.minusDays(30), BigDecimal.valueOf(100), TODAY.plusDays(100), IndicatorDirection.UP,
                de.lenkwerk.action.IndicatorAggregation.PERIOD_SUM, de.lenkwerk.action.IndicatorBreakdown.LIST,
                java.util.List.of("Dresden", "Leipzig", "Chemnitz", "Zwickau"), java.util.List.of())));
        navigate(MyActionsView.class);
        var form = $(AnswerForm.class).all().stream()
                .filter(f -> f.requested().action().id().equals(ofLehmann.id())).findFirst().orElseThrow();
        assertThat(form.values).as("one total field for the indicator without breakdown").hasSize(1);
        var group = form.categoryValues.getFirst();
        assertThat(group.getElement().getTextRecursively()).contains("Beratungen je Kategorie (Termine)");
        assertThat(group.fields.keySet()).containsExactly("Dresden", "Leipzig", "Chemnitz", "Zwickau");
        assertThat(group.fields.get("Leipzig").getLabel()).isEqualTo("Leipzig");

        test(form.progress).setValue(40);
        test(group.fields.get("Dresden")).setValue(new BigDecimal("4"));
        test(group.fields.get("Zwickau")).setValue(new BigDecimal("3"));
        test(form.text).setValue("Beratungen in zwei Städten.");
        test(form.send).click();

        assertThat(form.errors.isVisible()).isFalse();
        var measurement = SystemActor.call(() -> indicators.allMeasurements(cities.id())).getFirst();
        assertThat(measurement.value()).isEqualByComparingTo("7");
        assertThat(measurement.byCategory()).containsOnlyKeys("Dresden", "Zwickau");
        assertThat(group.fields.get("Dresden").getValue()).as("emptied after sending").isNull();
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theRoundPageTracksWhoIsMissingRemindsAndCloses() {
        var view = navigate(StatusRoundView.class, round.id());

        assertThat(view.getElement().getTextRecursively()).contains("Statusabfrage " + round.label());
        var grid = test(view.tracker);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Person");
        var row = indexOf(view, other.id());
        assertThat(grid.getCellComponent(row, 2).getElement().getTextRecursively()).isEqualTo("fehlt");
        assertThat(grid.getCellText(row, 4)).isEmpty();

        test((com.vaadin.flow.component.button.Button) grid.getCellComponent(row, 5)).click();

        row = indexOf(view, other.id());
        assertThat(test(view.tracker).getCellText(row, 4)).isNotEmpty();
        assertThat(view.errors.isVisible()).isFalse();

        test(view.close).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(rounds.get(round.id()).state()).isEqualTo(StatusRoundState.CLOSED);
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.remindAll.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Abgeschlossen am");
        var changes = view.changes.getElement().getTextRecursively();
        assertThat(changes).contains(ofLehmann.number() + " · " + ofLehmann.title()).contains("nicht beantwortet")
                // without an earlier meeting the round counts changes from its own start: nothing happened since
                .contains("Keine Änderungen.");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void theStartDialogProposesThreeDaysBeforeTheMeetingAndRefusesASecondOpenRoundInGerman() {
        navigate(StatusRoundView.class, round.id());
        var dialog = new StartRoundDialog(rounds, meetings, body.id(), started -> { }, clock);
        dialog.open();
        roundTrip();

        assertThat(dialog.meeting.getValue().title()).isEqualTo("Nächste Sitzung");
        assertThat(dialog.answerBy.getValue()).isEqualTo(TODAY.plusDays(10 - StartRoundDialog.DAYS_BEFORE_MEETING));
        test(dialog.start).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively())
                .isEqualTo("Für dieses Gremium läuft bereits eine Statusabfrage. Schließen Sie sie, bevor Sie eine neue starten.");
        assertThat(dialog.answerBy.getValue()).isEqualTo(TODAY.plusDays(7));
        assertThat(rounds.countForBody(body.id())).isEqualTo(1);
    }

    private int indexOf(StatusRoundView view, long personId) {
        var grid = test(view.tracker);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).personId() == personId) {
                return i;
            }
        }
        throw new AssertionError("no tracker row for " + personId);
    }

    private TrackerRow tracker(long personId) {
        return SystemActor.call(() -> rounds.tracker(round.id())).stream().filter(r -> r.personId() == personId)
                .findFirst().orElseThrow();
    }

    private ActionData data(String title, long ownerId) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), TODAY.minusDays(20), TODAY.plusDays(60),
                ActionStatus.PLANNED, 10, null, null, null, null);
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }
}
