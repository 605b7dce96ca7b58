package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import de.lenkwerk.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whatever escapes a view ends here: the user reads a sentence in their language, never an exception class or a
 * message key; for an unexpected error also a reference number that the log has with the trace ({@link ErrorView}
 * does the same for errors while a page opens).
 */
@org.springframework.stereotype.Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            var cause = error.getThrowable();
            var userFacing = find(cause, UserFacingException.class);
            var reference = userFacing == null ? logUnexpected("Unexpected error in the UI", cause) : null;
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var text = userFacing != null
                        ? ui.getTranslation(userFacing.messageKey(), userFacing.arguments())
                        : ui.getTranslation("error.unexpected") + " "
                        + ui.getTranslation("error.unexpected.reference", reference);
                var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
    }

    /** Logs the trace under a short reference that the user can quote, and returns the reference. */
    static String logUnexpected(String what, Throwable cause) {
        var reference = HexFormat.of().withUpperCase().toHexDigits(RANDOM.nextInt());
        log.error("{} [reference {}]", what, reference, cause);
        return reference;
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (var current = t; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
