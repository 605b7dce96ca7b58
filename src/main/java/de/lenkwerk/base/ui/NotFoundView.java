package de.lenkwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and for records the user may not see; both look the same on purpose, so that
 * guessing an id reveals nothing. Inside the frame, so that the navigation leads on; signed out, an unknown address
 * leads to the sign-in first (SecurityConfig).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title(this);
    }

    /** A page without a title leaves a screen reader user guessing where they are (WCAG 2.4.2). */
    static String title(Main page) {
        return page.getTranslation("error.not-found.title") + " · " + page.getTranslation("app.name");
    }

    static void show(Main page) {
        page.removeAll();
        page.addClassName("lw-page");
        page.setId("not-found");
        page.add(new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor("", page.getTranslation("error.not-found.home")));
    }
}
