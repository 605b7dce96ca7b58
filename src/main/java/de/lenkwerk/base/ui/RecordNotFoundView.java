package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lenkwerk.base.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A record that a page needs is gone or hidden from the user, even where the page did not ask through RecordPages. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RecordNotFoundView extends Main implements HasErrorParameter<RecordNotFoundException>,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        NotFoundView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return NotFoundView.title(this);
    }
}
