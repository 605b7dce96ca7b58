/**
 * Action screens, and the parts other features show or extend: the action grid, the traffic-light badge, the list
 * address, and {@link de.lenkwerk.action.ui.MyActionsSection} for additions to "Meine Maßnahmen".
 */
@NamedInterface("ui")
package de.lenkwerk.action.ui;

import org.springframework.modulith.NamedInterface;
