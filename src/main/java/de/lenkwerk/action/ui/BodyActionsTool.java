package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A button for the toolbar of a body's actions list, contributed by another feature (e.g. a status request for the
 * selected actions), so that the action feature does not depend on it. When any tool applies, the list lets the
 * secretariat tick rows; the tool reads and clears the ticks through the grid ({@link ActionGrid#ticked}). Implementations are Spring
 * beans.
 */
public interface BodyActionsTool {

    /** The button, or empty when it does not apply to this body or this user. */
    Optional<Component> create(long bodyId, boolean canManage, ActionGrid grid);
}
