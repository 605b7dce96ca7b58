/**
 * Organisations (Jobcenter, Kommune, Agentur für Arbeit …) and the people who act for them.
 */
@ApplicationModule(displayName = "Organisations and people", allowedDependencies = "base")
package de.lenkwerk.organisation;

import org.springframework.modulith.ApplicationModule;
