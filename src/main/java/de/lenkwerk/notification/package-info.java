/**
 * Notifications: in the app (a bell with the unread count) and by e-mail when SMTP is configured, for new
 * assignments, status requests, near and missed deadlines and changes by others; the daily reminders and the weekly
 * digest run once per cluster (ShedLock). Each person chooses what reaches them by e-mail.
 */
@ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"base", "security", "organisation", "action"})
package de.lenkwerk.notification;

import org.springframework.modulith.ApplicationModule;
