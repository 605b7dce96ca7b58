package de.lenkwerk.report;

import de.lenkwerk.action.ActionFilter;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which status report: the actions of a filter (as in the actions list), or the report for a meeting (all actions
 * of its body, changes since the meeting before). {@code changesSince} may be empty for the default: the body's
 * last meeting, otherwise 30 days back.
 */
public record StatusReportRequest(ActionFilter filter, Long meetingId, LocalDate changesSince, Locale locale) {
}
