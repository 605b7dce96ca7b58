package de.lenkwerk.body.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab on a body's page contributed by another feature (meetings, actions), so that the body feature does not
 * depend on them. Implementations are Spring beans.
 */
public interface BodyPageSection {

    /** Position among the tabs; members come first at 0. */
    int order();

    String titleKey();

    Component create(long bodyId, boolean canManage);
}
