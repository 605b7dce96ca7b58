/** Action screens, and the parts other features show: the action grid, the traffic-light badge, the list address. */
@NamedInterface("ui")
package de.lenkwerk.action.ui;

import org.springframework.modulith.NamedInterface;
