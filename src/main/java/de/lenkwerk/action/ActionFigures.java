package de.lenkwerk.action;

import de.lenkwerk.body.BodyAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures over actions that dashboards and the report show, aggregated in SQL (ADR 004) over exactly the
 * actions the signed-in user sees through the given filter ({@link ActionScope}). Every figure has an
 * {@link ActionFilter} whose list shows the same actions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionFigures {

    private final FigureQueries queries;
    private final ActionScopes scopes;
    private final BodyAccess bodyAccess;

    ActionFigures(FigureQueries queries, ActionScopes scopes, BodyAccess bodyAccess) {
        this.queries = queries;
        this.scopes = scopes;
        this.bodyAccess = bodyAccess;
    }

    /** The signed-in user's view through this filter, today; to compute several figures for the same moment. */
    public ActionScope scope(ActionFilter filter) {
        return scopes.current(filter);
    }

    /** All, open, overdue, due soon and recently done actions of the scope. */
    public KeyFigures keyFigures(ActionScope scope) {
        return queries.keyFigures(scope);
    }

    /** The open actions of the scope per body and traffic light. */
    public List<BodyLights> lights(ActionScope scope) {
        return queries.lights(scope);
    }

    /** Who does what: actions per organisation (lead or contributing) and body. */
    public Matrix matrix(ActionScope scope) {
        return queries.matrix(scope);
    }

    /** The indicators of the scope's open actions furthest behind their straight-line expectation first. */
    public List<IndicatorStanding> indicatorStandings(ActionScope scope, int limit) {
        return queries.indicators(scope, limit);
    }

    /** Where the owner's confidence and the rule disagree: the scope's open actions a committee should talk about. */
    public List<DisagreementItem> disagreements(ActionScope scope, int limit) {
        return queries.disagreements(scope, limit);
    }

    /**
     * How many of the scope's open actions have an owner's confidence that disagrees with the rule, per kind (green
     * but low, red but high confidence); the same actions as {@link #disagreements}, counted rather than listed.
     */
    public Map<Disagreement, Long> disagreementCounts(ActionScope scope) {
        return queries.disagreementCounts(scope);
    }

    /** The most recently changed actions of the scope, newest first, one line per action. */
    public List<RecentChange> recentChanges(ActionScope scope, int limit) {
        return queries.recentChanges(scope, limit);
    }

    /** Measurements over time of the indicators of a body's open actions; readers of the body only. */
    public List<IndicatorSeries> trajectories(long bodyId) {
        bodyAccess.requireRead(bodyId);
        return queries.trajectories(scopes.current(ActionFilter.ofBody(bodyId)).with(ActionFilter.Scope.OPEN));
    }

    public record KeyFigures(long total, long open, long overdue, long dueSoon, long doneRecently) {
    }

    /** Open actions of one body by traffic light. */
    public record BodyLights(long bodyId, String bodyShortName, Map<Rag, Long> counts) {

        public long count(Rag rag) {
            return counts.getOrDefault(rag, 0L);
        }

        /** The list filter behind one bar segment: this body, this colour, open actions, within the base filter. */
        public ActionFilter filter(ActionFilter base, Rag rag) {
            return new ActionFilter(bodyId, base.organisationId(), null, null, rag, base.deadlineFrom(),
                    base.deadlineTo(), null, false, null, ActionFilter.Scope.OPEN);
        }
    }

    /** Who does what: one organisation's actions in one body (as lead or contributor). */
    public record MatrixCell(long organisationId, long bodyId, long open, long overdue, long done) {

        public ActionFilter openFilter(ActionFilter base) {
            return filter(base, null, ActionFilter.Scope.OPEN);
        }

        public ActionFilter overdueFilter(ActionFilter base) {
            return filter(base, null, ActionFilter.Scope.OVERDUE);
        }

        public ActionFilter doneFilter(ActionFilter base) {
            return filter(base, ActionStatus.DONE, ActionFilter.Scope.ALL);
        }

        private ActionFilter filter(ActionFilter base, ActionStatus status, ActionFilter.Scope scope) {
            return new ActionFilter(bodyId, organisationId, null, status, null, base.deadlineFrom(), base.deadlineTo(),
                    null, false, null, scope);
        }
    }

    public record MatrixHeader(long id, String shortName, String name) {
    }

    public record Matrix(List<MatrixHeader> organisations, List<MatrixHeader> bodies, Map<String, MatrixCell> cells) {

        public MatrixCell cell(long organisationId, long bodyId) {
            return cells.get(organisationId + "/" + bodyId);
        }
    }

    /** An indicator against its target, its expectation today (straight line or milestones) and its forecast. */
    public record IndicatorStanding(long indicatorId, long actionId, String actionNumber, String actionTitle, String name,
                                    String unit, int achievementPercent, int expectedPercent, boolean behind,
                                    BigDecimal latestValue, BigDecimal targetValue, LocalDate targetDate,
                                    Forecast forecast) {
    }

    /** An open action whose owner's confidence and rule disagree, with the rule's colour and reasons, and the owner. */
    public record DisagreementItem(long actionId, String number, String title, Rag rag, List<TrafficLight.Reason> reasons,
                                   Confidence confidence, Disagreement disagreement, long ownerPersonId,
                                   String ownerName, boolean ownerWithoutAccess) {
    }

    public record RecentChange(long actionId, String number, String title, LocalDateTime changedAt) {
    }

    /**
     * An indicator's value over time (as its aggregation rule adds the measurements up), with baseline, milestones,
     * target and forecast, for trajectory charts.
     */
    public record IndicatorSeries(long indicatorId, String actionNumber, String name, String unit,
                                  BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
                                  LocalDate targetDate, List<Point> points, IndicatorAggregation aggregation,
                                  List<Milestone> milestones, Forecast forecast) {

        public record Point(LocalDate date, BigDecimal value) {
        }

        /** The same series with its measured values replaced by the running value of the aggregation rule. */
        IndicatorSeries aggregated() {
            var running = aggregation.running(points.stream().map(Point::value).toList());
            var aggregatedPoints = new java.util.ArrayList<Point>();
            for (int i = 0; i < points.size(); i++) {
                aggregatedPoints.add(new Point(points.get(i).date(), running.get(i)));
            }
            return new IndicatorSeries(indicatorId, actionNumber, name, unit, baselineValue, baselineDate, targetValue,
                    targetDate, List.copyOf(aggregatedPoints), aggregation, List.copyOf(milestones), forecast);
        }
    }
}
