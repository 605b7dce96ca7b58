package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The new writes of issue 15 on the real database: values per category and their totals, counts per period adding up,
 * milestones and forecasts in the traffic light, a changed target with its reason, and the owner's confidence.
 */
@ServiceTest
class IndicatorDepthServiceTest {

    private static final List<String> JOBCENTERS = List.of("JC DD", "JC L", "JC C", "JC Z");

    @Autowired
    ActionService actions;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ActionFigures figures;
    @Autowired
    TestData fixture;

    private TestData.Account secretariat;
    private TestData.Account owner;
    private TestData.Committee committee;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = fixture.today();
        committee = fixture.committee("Schulungsrunde", MembershipRole.SECRETARIAT);
        secretariat = committee.secretariat();
        owner = fixture.account("Verantwortlich");
    }

    /** A training marathon over 30 days, 300 participants, counted per week and Jobcenter, 150 due by day 14. */
    private IndicatorItem marathon() {
        var action = fixture.action(committee.body(), new ActionData("Schulungsmarathon", null, owner.personId(), null,
                null, java.util.Set.of(), today.minusDays(23), today.plusDays(7), ActionStatus.IN_PROGRESS, 70, null,
                null, null, null), null);
        return fixture.as(secretariat, () -> indicators.add(action.id(), new IndicatorData("Teilnehmende",
                "Teilnehmende", BigDecimal.ZERO, today.minusDays(23), BigDecimal.valueOf(300), today.plusDays(7),
                IndicatorDirection.UP, IndicatorAggregation.PERIOD_SUM, IndicatorBreakdown.ORGANISATION, JOBCENTERS,
                List.of(new Milestone(today.minusDays(9), BigDecimal.valueOf(150))))));
    }

    private IndicatorItem report(IndicatorItem indicator, int daysAgo, int... perJobcenter) {
        var values = new LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < perJobcenter.length; i++) {
            values.put(JOBCENTERS.get(i), BigDecimal.valueOf(perJobcenter[i]));
        }
        return fixture.as(owner, () -> indicators.addMeasurement(indicator.id(),
                new MeasurementData(today.minusDays(daysAgo), null, null, values)));
    }

    @Test
    void valuesPerCategoryAddUpToTheMeasurementAndPeriodsAddUpToTheCurrentValue() {
        var indicator = marathon();
        report(indicator, 21, 18, 22, 0, 0);
        var after = report(indicator, 14, 12, 16, 17, 0);

        assertThat(after.latestValue()).isEqualByComparingTo("85");
        assertThat(after.latestDate()).isEqualTo(today.minusDays(14));
        var measured = fixture.as(owner, () -> indicators.allMeasurements(indicator.id()));
        assertThat(measured).extracting(MeasurementItem::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(40), BigDecimal.valueOf(45));
        assertThat(measured.getLast().byCategory()).containsOnlyKeys(JOBCENTERS);
        assertThat(measured.getLast().byCategory().get("JC C")).isEqualByComparingTo("17");
    }

    @Test
    void aMissedMilestoneAndAForecastMissTurnTheActionAmberWithBothReasons() {
        var indicator = marathon();
        report(indicator, 21, 18, 22, 0, 0);
        report(indicator, 14, 12, 16, 17, 0);
        var after = report(indicator, 7, 9, 21, 7, 10);

        assertThat(after.latestValue()).isEqualByComparingTo("132");
        assertThat(after.forecast().outcome()).isEqualTo(Forecast.Outcome.MISS);
        // 6.57 a day through the mean (85.7, 14 days ago): 85.7 + 6.57 * 21 = 223.7
        assertThat(after.forecast().value()).isEqualByComparingTo("224");
        var milestoneDay = today.minusDays(9).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM."));
        var targetDay = today.plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM."));
        var light = fixture.as(owner, () -> actions.get(after.actionId())).trafficLight();
        assertThat(light.colour()).isEqualTo(Rag.AMBER);
        assertThat(light.reasons()).contains(
                new TrafficLight.Reason("rag.reason.milestone-missed", "Teilnehmende", "150", "Teilnehmende",
                        milestoneDay, "132"),
                new TrafficLight.Reason("rag.reason.forecast-miss", "Teilnehmende", "224", "300", targetDay));

        // the dashboard expects by the milestone path: 150 nine days ago, then on to 300 in 16 days, so 234 (78 %)
        // today instead of the straight line's 230 (77 %)
        var standings = fixture.as(secretariat, () -> figures.indicatorStandings(
                figures.scope(ActionFilter.ofBody(committee.id())), 10));
        assertThat(standings).singleElement().satisfies(s -> {
            assertThat(s.expectedPercent()).isEqualTo(78);
            assertThat(s.achievementPercent()).isEqualTo(44);
            assertThat(s.behind()).isTrue();
            assertThat(s.forecast().outcome()).isEqualTo(Forecast.Outcome.MISS);
        });
    }

    @Test
    void aCategoryTheIndicatorDoesNotHaveIsRefusedAndNothingIsSaved() {
        var indicator = marathon();
        assertThatThrownBy(() -> fixture.as(owner, () -> indicators.addMeasurement(indicator.id(),
                new MeasurementData(today, null, null, Map.of("JC Bautzen", BigDecimal.TEN)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getMessage()).contains("measurement.error.category"));
        assertThat(fixture.as(owner, () -> indicators.allMeasurements(indicator.id()))).isEmpty();
    }

    @Test
    void aChangedTargetNeedsAReasonWhichTheHistoryKeepsWithTheOriginalTarget() {
        var indicator = marathon();
        var lower = indicator.toData().withTarget(BigDecimal.valueOf(250), indicator.targetDate().plusDays(14));
        assertThatThrownBy(() -> fixture.as(secretariat, () -> indicators.update(indicator.id(), indicator.version(),
                lower, " "))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getMessage()).contains("indicator.error.target-reason"));

        var changed = fixture.as(secretariat, () -> indicators.update(indicator.id(), indicator.version(), lower,
                "Zwei Trainerinnen fallen aus"));
        assertThat(changed.targetValue()).isEqualByComparingTo("250");
        assertThat(changed.originalTargetValue()).isEqualByComparingTo("300");
        assertThat(changed.originalTargetDate()).isEqualTo(indicator.targetDate());
        var entries = fixture.as(secretariat, () -> actions.history(indicator.actionId(), Pageable.ofSize(100)))
                .stream().filter(e -> e.recordType() == RecordType.INDICATOR && e.oldValue() != null
                        || e.field().equals("indicator.target-reason")).toList();
        assertThat(entries).extracting(HistoryEntry::field, HistoryEntry::newValue).contains(
                org.assertj.core.groups.Tuple.tuple("indicator.target", "250"),
                org.assertj.core.groups.Tuple.tuple("indicator.target-reason", "Zwei Trainerinnen fallen aus"));

        // a second change keeps the target as first agreed
        var again = fixture.as(secretariat, () -> indicators.update(changed.id(), changed.version(),
                changed.toData().withTarget(BigDecimal.valueOf(260), changed.targetDate()), "Nachmeldungen"));
        assertThat(again.originalTargetValue()).isEqualByComparingTo("300");
    }

    @Test
    void theOwnersConfidenceStaysBesideTheRuleAndTheirDisagreementShowsOnTheDashboard() {
        var action = fixture.action(committee.body(), fixture.actionData("Anlaufstelle", owner.personId(), 120));
        var reported = fixture.as(owner, () -> actions.report(action.id(), action.version(),
                new ProgressReport("Beraterin fehlt ab Sommer", ActionStatus.IN_PROGRESS, 10, Confidence.LOW)));

        assertThat(reported.trafficLight().colour()).isEqualTo(Rag.GREEN);
        assertThat(reported.confidence()).isEqualTo(Confidence.LOW);
        assertThat(reported.disagreement()).isEqualTo(Disagreement.GREEN_BUT_LOW_CONFIDENCE);
        assertThat(fixture.as(owner, () -> actions.timeline(action.id(), Pageable.ofSize(5))).getFirst().confidence())
                .isEqualTo(Confidence.LOW);
        var listed = fixture.as(secretariat, () -> figures.disagreements(
                figures.scope(ActionFilter.ofBody(committee.id())), 10));
        assertThat(listed).extracting(ActionFigures.DisagreementItem::actionId, ActionFigures.DisagreementItem::disagreement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(action.id(), Disagreement.GREEN_BUT_LOW_CONFIDENCE));

        // a report without a confidence keeps the last one; a medium one ends the disagreement
        var kept = fixture.as(owner, () -> actions.report(action.id(), reported.version(),
                new ProgressReport("Weiter so", ActionStatus.IN_PROGRESS, 15)));
        assertThat(kept.confidence()).isEqualTo(Confidence.LOW);
        var medium = fixture.as(owner, () -> actions.report(action.id(), kept.version(),
                new ProgressReport("Ersatz gefunden", ActionStatus.IN_PROGRESS, 20, Confidence.MEDIUM)));
        assertThat(medium.disagreement()).isEqualTo(Disagreement.NONE);
        assertThat(fixture.as(secretariat, () -> figures.disagreements(
                figures.scope(ActionFilter.ofBody(committee.id())), 10))).isEmpty();
    }

    @Test
    void aBreakdownNeedsCategoriesAndMilestonesMustLieWithinTheIndicatorsTime() {
        var action = fixture.action(committee.body(), fixture.actionData("Beratungstage", owner.personId(), 100));
        var base = new IndicatorData("Beratungstage", "Tage", BigDecimal.ZERO, today, BigDecimal.TEN, today.plusDays(90),
                IndicatorDirection.UP, IndicatorAggregation.PERIOD_SUM, IndicatorBreakdown.LIST, List.of(), List.of());
        assertThatThrownBy(() -> fixture.as(secretariat, () -> indicators.add(action.id(), base)))
                .hasMessageContaining("indicator.error.no-categories");
        var twice = new IndicatorData(base.name(), base.unit(), base.baselineValue(), base.baselineDate(),
                base.targetValue(), base.targetDate(), base.direction(), base.aggregation(), base.breakdown(),
                List.of("Dresden", "dresden"), List.of());
        assertThatThrownBy(() -> fixture.as(secretariat, () -> indicators.add(action.id(), twice)))
                .hasMessageContaining("indicator.error.duplicate-category");
        var late = new IndicatorData(base.name(), base.unit(), base.baselineValue(), base.baselineDate(),
                base.targetValue(), base.targetDate(), base.direction(), base.aggregation(), base.breakdown(),
                List.of("Dresden"), List.of(new Milestone(today.plusDays(120), BigDecimal.ONE)));
        assertThatThrownBy(() -> fixture.as(secretariat, () -> indicators.add(action.id(), late)))
                .hasMessageContaining("indicator.error.milestone-date");
        assertThat(SystemActor.call(() -> indicators.forAction(action.id()))).isEmpty();
    }
}
