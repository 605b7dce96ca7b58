/**
 * The private, revocable calendar address (iCalendar) of each person: the deadlines of their open actions and the
 * meetings of their bodies, for Outlook, Thunderbird and phones.
 */
@ApplicationModule(displayName = "Calendar feed",
        allowedDependencies = {"base", "security", "organisation", "body", "meeting", "action"})
package de.lenkwerk.calendar;

import org.springframework.modulith.ApplicationModule;
