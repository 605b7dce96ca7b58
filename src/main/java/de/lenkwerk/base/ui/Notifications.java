package de.lenkwerk.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations after a save, the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void saved(String text) {
        var notification = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
