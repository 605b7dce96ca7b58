/**
 * Sign-in, user accounts, sign-in throttling and who is acting. Other features ask {@link de.lenkwerk.security.CurrentUser}.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"base", "organisation"})
package de.lenkwerk.security;

import org.springframework.modulith.ApplicationModule;
