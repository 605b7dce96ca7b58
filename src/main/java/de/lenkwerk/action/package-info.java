/**
 * Agreed actions (Vereinbarungen / Maßnahmen) with their indicators, measurements, progress updates and the
 * traffic light. Indicators live here because they measure an action and feed its traffic light (ADR 003).
 */
@ApplicationModule(displayName = "Actions",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "body", "body::ui", "meeting",
                "meeting::ui", "history"})
package de.lenkwerk.action;

import org.springframework.modulith.ApplicationModule;
