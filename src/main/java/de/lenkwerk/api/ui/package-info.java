/** The "API-Schlüssel" card on the profile page, and how a token's state reads (also in the administration). */
@NamedInterface("ui")
package de.lenkwerk.api.ui;

import org.springframework.modulith.NamedInterface;
