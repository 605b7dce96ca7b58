/**
 * The Excel status report (Statusbericht) and the Excel import of agreements. The only feature that knows POI.
 */
@ApplicationModule(displayName = "Excel report and import",
        allowedDependencies = {"base", "security", "organisation", "body", "meeting", "action", "history", "paper"})
package de.lenkwerk.report;

import org.springframework.modulith.ApplicationModule;
