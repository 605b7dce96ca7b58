/**
 * Dashboards: progress at a glance across bodies, per body, per organisation and per indicator. Figures are
 * aggregated in SQL over the actions the user may see (ADR 004) and come back as typed records.
 */
@ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "body", "body::ui", "meeting",
                "action", "action::ui"})
package de.lenkwerk.dashboard;

import org.springframework.modulith.ApplicationModule;
