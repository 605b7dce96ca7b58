/**
 * The administrator's screens: user accounts, organisations and everyone's API tokens.
 */
@ApplicationModule(displayName = "Administration",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "api", "api::ui", "history"})
package de.lenkwerk.admin;

import org.springframework.modulith.ApplicationModule;
