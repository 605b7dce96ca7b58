/**
 * Meetings (Sitzungen) of a body: date, place, state, participants with attendance, agenda and minutes.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = {"base", "security", "body", "body::ui", "history", "history::ui"})
package de.lenkwerk.meeting;

import org.springframework.modulith.ApplicationModule;
