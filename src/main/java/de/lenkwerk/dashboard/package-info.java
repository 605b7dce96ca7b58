/**
 * The start page. For now it greets and orients; the dashboard with figures and charts grows here.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"base", "security"})
package de.lenkwerk.dashboard;

import org.springframework.modulith.ApplicationModule;
