/**
 * The administrator's screens: user accounts and organisations.
 */
@ApplicationModule(displayName = "Administration",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui"})
package de.lenkwerk.admin;

import org.springframework.modulith.ApplicationModule;
