package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The message line above a form. It runs a save and, if the service refuses, says why in the user's
 * language while the form keeps what was typed.
 */
public class FormErrors extends Div {

    public FormErrors() {
        addClassName("lw-form-errors");
        setVisible(false);
        getElement().setAttribute("role", "alert");
    }

    /** Runs the save; returns true when it went through. */
    public boolean attempt(Runnable save) {
        try {
            save.run();
            clear();
            return true;
        } catch (UserFacingException e) {
            show(getTranslation(e.messageKey(), e.arguments()));
        } catch (ConstraintViolationException e) {
            show(getTranslation("error.invalid-input"));
        } catch (AccessDeniedException e) {
            // where the refusal came from, for whoever looks into a "no permission" that should not have been
            org.slf4j.LoggerFactory.getLogger(FormErrors.class).debug("Refused with no permission", e);
            show(getTranslation("error.access-denied"));
        } catch (OptimisticLockingFailureException e) {
            show(getTranslation("error.concurrent-change-unknown"));
        }
        return false;
    }

    public void show(String message) {
        removeAll();
        add(VaadinIcon.WARNING.create(), new Span(message));
        setVisible(true);
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }
}
