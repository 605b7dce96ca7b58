package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lenkwerk.base.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whatever fails while a page opens: the user reads the app's own page in their language with a reference number,
 * the log has the same number with the trace. It replaces Vaadin's page, which shows the exception class and message.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private boolean notFound;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var cause = parameter.getCaughtException();
        if (ErrorHandling.find(cause, RecordNotFoundException.class) != null) {
            NotFoundView.show(this);
            notFound = true;
            return HttpServletResponse.SC_NOT_FOUND;
        }
        var reference = ErrorHandling.logUnexpected("Unexpected error opening " + event.getLocation().getPath(), cause);
        removeAll();
        addClassName("lw-page");
        setId("error-page");
        add(new H1(getTranslation("error.page.title")),
                new Paragraph(getTranslation("error.page.text")),
                new Paragraph(getTranslation("error.unexpected.reference", reference)),
                new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return notFound ? NotFoundView.title(this) : getTranslation("error.page.title") + " · " + getTranslation("app.name");
    }
}
