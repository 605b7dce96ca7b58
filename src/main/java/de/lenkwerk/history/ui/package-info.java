/** The history grid that record pages (bodies, meetings) show, and the administrator's security log. */
@NamedInterface("ui")
package de.lenkwerk.history.ui;

import org.springframework.modulith.NamedInterface;
