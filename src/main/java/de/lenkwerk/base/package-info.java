/**
 * What every feature shares: the application frame, translations, formatting and the error vocabulary.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package de.lenkwerk.base;

import org.springframework.modulith.ApplicationModule;
