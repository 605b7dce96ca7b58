package de.lenkwerk.dashboard;

import de.lenkwerk.action.ActionFilter;

import java.time.LocalDate;

/** What a dashboard looks at: optionally one body, one organisation (lead or contributing), a deadline period. */
public record DashboardFilter(Long bodyId, Long organisationId, LocalDate from, LocalDate to) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null);

    /** The actions list filter of everything the dashboard counts from. */
    public ActionFilter toActionFilter() {
        return toActionFilter(ActionFilter.Scope.ALL);
    }

    /** The actions list filter that shows exactly what a figure with this scope counts. */
    public ActionFilter toActionFilter(ActionFilter.Scope scope) {
        return new ActionFilter(bodyId, organisationId, null, null, null, from, to, null, false, null, scope);
    }
}
