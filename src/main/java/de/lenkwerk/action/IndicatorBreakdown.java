package de.lenkwerk.action;

/** Whether an indicator is broken down into categories, and where its categories come from. */
public enum IndicatorBreakdown {
    /** one value per measurement */
    NONE,
    /** one value per organisation, e.g. participants per Jobcenter */
    ORGANISATION,
    /** one value per entry of a named list, e.g. the cities Dresden, Leipzig, Chemnitz and Zwickau */
    LIST
}
