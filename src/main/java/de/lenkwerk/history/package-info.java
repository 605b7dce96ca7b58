/**
 * The change history: who changed which field of a body, meeting, action, indicator or measurement, when, from
 * what to what. Feature services write it; they also check who may read it.
 */
@ApplicationModule(displayName = "History", allowedDependencies = {"base", "security"})
package de.lenkwerk.history;

import org.springframework.modulith.ApplicationModule;
