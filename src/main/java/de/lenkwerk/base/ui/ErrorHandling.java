package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lenkwerk.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Whatever escapes a view ends here: the user reads a sentence in their language, the log gets the trace.
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            var cause = error.getThrowable();
            var userFacing = findUserFacing(cause);
            if (userFacing == null) {
                log.error("Unexpected error in the UI", cause);
            }
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var text = userFacing != null
                        ? ui.getTranslation(userFacing.messageKey(), userFacing.arguments())
                        : ui.getTranslation("error.unexpected");
                var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
    }

    private static UserFacingException findUserFacing(Throwable t) {
        for (var current = t; current != null; current = current.getCause()) {
            if (current instanceof UserFacingException ufe) {
                return ufe;
            }
        }
        return null;
    }
}
