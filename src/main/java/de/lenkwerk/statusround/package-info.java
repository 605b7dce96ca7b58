/**
 * Status rounds (Statusabfragen): before a meeting the secretariat asks every owner of an open action to report,
 * tracks who has answered, reminds the missing ones and reads what changed since the last meeting.
 */
@ApplicationModule(displayName = "Status rounds",
        allowedDependencies = {"base", "security", "organisation", "body", "body::ui", "meeting", "action",
                "action::ui", "organisation::ui", "history", "notification"})
package de.lenkwerk.statusround;

import org.springframework.modulith.ApplicationModule;
