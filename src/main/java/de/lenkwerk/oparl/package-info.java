/**
 * The OParl 1.1 read interface under {@code /oparl/v1} (issue 14): the bodies their secretariat has published
 * ("öffentlich"), with their organisations, members, memberships, meetings and agenda items, and Lenkwerk's actions,
 * indicators and traffic lights as vendor extensions ({@code lenkwerk:}). No sign-in; a body that is not published,
 * and everything in it, answers 404 to everyone. It reads through the services of the features, never their tables.
 */
@ApplicationModule(displayName = "OParl interface",
        allowedDependencies = {"base", "security", "organisation", "body", "meeting", "action"})
package de.lenkwerk.oparl;

import org.springframework.modulith.ApplicationModule;
