package de.lenkwerk.api.v1;

import de.lenkwerk.base.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.TreeSet;

/**
 * Addresses under /api/v1 that no endpoint serves would otherwise fall through to the screens (Vaadin answers with
 * an HTML page). Here they get the API's problem+json: 404 for an unknown address, 405 (with the allowed methods)
 * for a known one with the wrong method. Not part of the API, so not in the OpenAPI document.
 */
@Hidden
@RestController
class UnknownApiAddressController {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiAddressController(@Qualifier("requestMappingHandlerMapping")
                                ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(value = ApiV1.BASE + "/**", method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE})
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        var allowed = new TreeSet<String>();
        mappings.getObject().getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() != UnknownApiAddressController.class && info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(path))) {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        });
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new RecordNotFoundException();
    }
}
