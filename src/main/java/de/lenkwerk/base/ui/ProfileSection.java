package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A card on the signed-in user's profile page contributed by a feature (what they are notified of, their calendar
 * address), so the profile page stays ignorant of the features.
 */
public interface ProfileSection {

    /** Position on the page, smallest first. */
    default int order() {
        return 0;
    }

    /** Translation key of the card's heading. */
    String titleKey();

    Component create();
}
