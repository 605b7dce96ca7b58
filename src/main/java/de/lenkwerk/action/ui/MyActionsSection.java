package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of "Meine Maßnahmen" contributed by another feature (e.g. open status requests), shown above the list,
 * so that the action feature does not depend on it. Implementations are Spring beans.
 */
public interface MyActionsSection {

    /** Position among the sections, smallest first. */
    default int order() {
        return 0;
    }

    /** The component for the signed-in person; {@code null} when there is nothing to show. */
    Component create();
}
