/**
 * Bodies (Gremien) and their memberships, and {@link de.lenkwerk.body.BodyAccess}: who may read or manage which
 * body. Every feature that shows body data asks it.
 */
@ApplicationModule(displayName = "Bodies",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "history", "history::ui"})
package de.lenkwerk.body;

import org.springframework.modulith.ApplicationModule;
