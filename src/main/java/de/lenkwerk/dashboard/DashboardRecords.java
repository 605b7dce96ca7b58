package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The typed results of the dashboard queries. */
public final class DashboardRecords {

    private DashboardRecords() {
    }

    public record KeyFigures(long open, long overdue, long dueSoon, long doneRecently) {
    }

    /** Open actions of one body by traffic light. */
    public record BodyLights(long bodyId, String bodyShortName, Map<Rag, Long> counts) {

        public long count(Rag rag) {
            return counts.getOrDefault(rag, 0L);
        }

        /** The list filter behind one bar segment: this body, this colour, open actions. */
        public ActionFilter filter(DashboardFilter base, Rag rag) {
            return new ActionFilter(bodyId, base.organisationId(), null, null, rag, base.from(), base.to(), null, false,
                    null, ActionFilter.Scope.OPEN);
        }
    }

    /** Who does what: one organisation's actions in one body (as lead or contributor). */
    public record MatrixCell(long organisationId, long bodyId, long open, long overdue, long done) {

        public ActionFilter openFilter(DashboardFilter base) {
            return filter(base, null, ActionFilter.Scope.OPEN);
        }

        public ActionFilter overdueFilter(DashboardFilter base) {
            return filter(base, null, ActionFilter.Scope.OVERDUE);
        }

        public ActionFilter doneFilter(DashboardFilter base) {
            return filter(base, ActionStatus.DONE, ActionFilter.Scope.ALL);
        }

        private ActionFilter filter(DashboardFilter base, ActionStatus status, ActionFilter.Scope scope) {
            return new ActionFilter(bodyId, organisationId, null, status, null, base.from(), base.to(), null, false, null,
                    scope);
        }
    }

    public record MatrixHeader(long id, String shortName, String name) {
    }

    public record Matrix(List<MatrixHeader> organisations, List<MatrixHeader> bodies, Map<String, MatrixCell> cells) {

        public MatrixCell cell(long organisationId, long bodyId) {
            return cells.get(organisationId + "/" + bodyId);
        }
    }

    /** An indicator against its target and its straight-line expectation today. */
    public record IndicatorStanding(long indicatorId, long actionId, String actionNumber, String actionTitle, String name,
                                    String unit, int achievementPercent, int expectedPercent, boolean behind,
                                    BigDecimal latestValue, BigDecimal targetValue, LocalDate targetDate) {
    }

    public record RecentChange(long actionId, String number, String title, LocalDateTime changedAt) {
    }

    /** Measurements of an indicator over time, with baseline and target, for trajectory charts. */
    public record IndicatorSeries(long indicatorId, String actionNumber, String name, String unit,
                                  BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
                                  LocalDate targetDate, List<Point> points) {

        public record Point(LocalDate date, BigDecimal value) {
        }
    }

    public record Overview(KeyFigures figures, List<BodyLights> lights, Matrix matrix, List<IndicatorStanding> indicators,
                           List<RecentChange> recentChanges) {
    }
}
