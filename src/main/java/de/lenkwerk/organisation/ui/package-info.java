/** UI parts other features reuse, such as the organisation picker. */
@NamedInterface("ui")
package de.lenkwerk.organisation.ui;

import org.springframework.modulith.NamedInterface;
