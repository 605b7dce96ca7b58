package de.lenkwerk.base.ui;

import com.vaadin.flow.component.UI;

/**
 * An entry that a feature adds to the user menu in the header (e.g. "change password"), so the frame stays
 * ignorant of the features.
 */
public interface UserMenuEntry {

    /** Translation key of the menu text. */
    String titleKey();

    void open(UI ui);
}
