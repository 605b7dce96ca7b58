package de.lenkwerk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.lenkwerk.base.SupportedLocales;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every UI starts in German unless the user picked English; the choice lives in the session and in a
 * cookie, so it survives sign-in and sign-out.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String COOKIE = "lenkwerk-lang";
    private static final String SESSION_KEY = LocaleSupport.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(currentLocale()));
        // screen readers pick their voice from the page's language (WCAG 3.1.1)
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", currentLocale().getLanguage()));
    }

    /** The language chosen in this session or browser, else German. */
    public static Locale currentLocale() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getCookies() != null) {
            return Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName()))
                    .findFirst()
                    .map(c -> SupportedLocales.resolve(c.getValue()))
                    .orElse(SupportedLocales.DEFAULT);
        }
        return SupportedLocales.DEFAULT;
    }

    /** Switches the language and reloads the page, so that every text is rendered anew. */
    public static void switchTo(Locale locale) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, locale);
        }
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }
}
