package de.lenkwerk.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * One set of protective headers on every response: the screens, the sign-in page, the API, OParl, downloads, static
 * files and error pages alike. It runs ahead of Spring Security's filter chains, whose own header writers then leave
 * these headers as they are, so that no path answers with a different framing policy than another.
 *
 * <p>The Content-Security-Policy is as strict as Vaadin Flow allows (docs/adr/014-security-headers.md):
 * <ul>
 *   <li>{@code default-src 'self'}: nothing is loaded from other origins; Lenkwerk needs no CDN, font or analytics.</li>
 *   <li>{@code script-src 'self' 'unsafe-inline' 'unsafe-eval'}: the bootstrap page starts Flow's client engine
 *       with an inline script, and the engine builds functions from the expressions the server sends (executeJs,
 *       event data); Vaadin documents both as required. Nothing a user types reaches a script: all texts go into
 *       the DOM as text.</li>
 *   <li>{@code style-src 'self' 'unsafe-inline'}: the web components put their styles into style elements and
 *       attributes at run time.</li>
 *   <li>{@code img-src 'self' data: blob:}: icons inlined as data addresses, charts and downloads made in the
 *       browser.</li>
 *   <li>{@code connect-src 'self'}: the UIDL requests and the heartbeat go back to this server only.</li>
 *   <li>{@code object-src 'none'}, {@code base-uri 'self'}, {@code form-action 'self'}: no plug-ins, no foreign
 *       base address, forms (the sign-in) post here only.</li>
 *   <li>{@code frame-ancestors 'none'} with {@code X-Frame-Options: DENY} for older browsers: no page may be framed
 *       (click-jacking).</li>
 * </ul>
 * Addresses that carry their secret in the path (personal status links, calendar subscriptions) send no referrer at
 * all; every other page sends only its origin to other sites. HSTS is sent on secure requests, which includes
 * requests that a trusted proxy marks with {@code X-Forwarded-Proto: https}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Powerful browser features that no page of Lenkwerk uses are switched off; copying a link or token stays. */
    public static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "display-capture=()", "geolocation=()", "gyroscope=()",
            "magnetometer=()", "microphone=()", "payment=()", "usb=()", "clipboard-read=()",
            "clipboard-write=(self)", "fullscreen=(self)");

    public static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Paths whose address is itself the credential: status answer links and calendar subscriptions. */
    private static final List<String> SECRET_PATHS = List.of("/antwort/", "/kalender/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Referrer-Policy", secretInPath(request) ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private static boolean secretInPath(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return SECRET_PATHS.stream().anyMatch(path::startsWith);
    }
}
