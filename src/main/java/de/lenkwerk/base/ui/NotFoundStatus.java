package de.lenkwerk.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The page for an address that no view answers is sent with HTTP 404, not 200: Vaadin renders the view only after
 * the page has loaded, so the not-found view's status never reaches the first response. Browsers, screen readers and
 * link checkers then know that the address is wrong. The page itself is the normal one, which shows {@link NotFoundView}.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            var path = response.getVaadinRequest().getPathInfo();
            var route = path == null ? "" : path.replaceFirst("^/", "");
            if (RouteConfiguration.forApplicationScope().getRoute(route).isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
