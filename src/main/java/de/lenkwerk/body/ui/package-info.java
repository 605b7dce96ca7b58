/** The body pages, and {@link de.lenkwerk.body.ui.BodyPageSection} through which other features add tabs. */
@NamedInterface("ui")
package de.lenkwerk.body.ui;

import org.springframework.modulith.NamedInterface;
