package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionFigures;
import de.lenkwerk.action.ActionFigures.IndicatorSeries;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionScope;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.dashboard.DashboardRecords.Overview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The figures of the dashboards. The action module computes them in SQL over exactly the actions the user sees
 * ({@link ActionFigures}, ADR 004); every figure has an {@link ActionFilter} that lists the same actions.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    /** Where confidence and rule disagree: a short list for the committee, not a report. */
    static final int DISAGREEMENTS = 10;

    private static final int TOP_INDICATORS = 10;
    private static final int RECENT_CHANGES = 8;

    private final ActionFigures figures;
    private final BodyAccess access;
    private final DashboardCache cache;

    DashboardService(ActionFigures figures, BodyAccess access, DashboardCache cache) {
        this.figures = figures;
        this.access = access;
        this.cache = cache;
    }

    /**
     * The overview of the user's actions; a body's dashboard is for readers of that body only. Kept per scope until
     * the next change ({@link DashboardCache}); the scope holds who sees what, so nobody gets another's figures.
     */
    public Overview overview(DashboardFilter filter) {
        if (filter.bodyId() != null) {
            access.requireRead(filter.bodyId());
        }
        var scope = figures.scope(filter.toActionFilter(ActionFilter.Scope.ALL));
        return cache.overview(scope, () -> compute(scope));
    }

    /** The overview computed now, every figure from its grouped query (ADR 004). */
    Overview compute(ActionScope scope) {
        return new Overview(figures.keyFigures(scope), figures.lights(scope), figures.matrix(scope),
                figures.indicatorStandings(scope, TOP_INDICATORS), figures.recentChanges(scope, RECENT_CHANGES),
                figures.disagreements(scope, DISAGREEMENTS));
    }

    /** Measurements over time of the indicators of a body's open actions, for its trajectory charts. */
    public List<IndicatorSeries> trajectories(long bodyId) {
        return figures.trajectories(bodyId);
    }
}
