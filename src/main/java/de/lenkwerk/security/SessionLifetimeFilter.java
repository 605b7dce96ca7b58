package de.lenkwerk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a signed-in session after {@code idle-timeout} without anything the user did, and after
 * {@code absolute-timeout} whatever they did. Vaadin's heartbeat (which an open tab sends every few minutes) keeps
 * the container's session alive, so the container's timeout alone never fires while a tab is open; this filter does
 * not count heartbeats as activity. The session is invalidated before the request is handled: Vaadin then answers
 * "session expired", the page reloads and leads to the sign-in.
 */
@Component
class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    static final String ATTRIBUTE = SessionLifetimeFilter.class.getName();

    /** When this sign-in (the authentication object, by identity) began and when the user last did something. */
    record Lifetime(int authentication, Instant signedInAt, Instant lastActivity) implements Serializable {
    }

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    SessionLifetimeFilter(Clock clock,
                          @Value("${lenkwerk.security.session.idle-timeout:${server.servlet.session.timeout:30m}}")
                          Duration idle,
                          @Value("${lenkwerk.security.session.absolute-timeout:12h}") Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            check(session, isHeartbeat(request));
        }
        chain.doFilter(request, response);
        // the sign-in request itself: its lifetime starts now, not at the next request
        var after = request.getSession(false);
        if (after != null) {
            started(after);
        }
    }

    private void started(HttpSession session) {
        try {
            var authentication = authentication(session);
            if (authentication == null) {
                return;
            }
            var identity = System.identityHashCode(authentication);
            if (!(session.getAttribute(ATTRIBUTE) instanceof Lifetime l && l.authentication() == identity)) {
                var now = clock.instant();
                session.setAttribute(ATTRIBUTE, new Lifetime(identity, now, now));
            }
        } catch (IllegalStateException invalidated) {
            // signed out by this request
        }
    }

    private static org.springframework.security.core.Authentication authentication(HttpSession session) {
        var authentication = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context ? context.getAuthentication() : null;
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal
                ? authentication : null;
    }

    private void check(HttpSession session, boolean heartbeat) {
        try {
            var authentication = authentication(session);
            if (authentication == null) {
                return;
            }
            var now = clock.instant();
            var identity = System.identityHashCode(authentication);
            var lifetime = session.getAttribute(ATTRIBUTE) instanceof Lifetime l && l.authentication() == identity
                    ? l : new Lifetime(identity, now, now);
            if (now.isAfter(lifetime.signedInAt().plus(absolute)) || now.isAfter(lifetime.lastActivity().plus(idle))) {
                log.info("Session of '{}' ended: {}", authentication.getName(),
                        now.isAfter(lifetime.signedInAt().plus(absolute)) ? "absolute lifetime reached" : "idle");
                session.invalidate();
                return;
            }
            session.setAttribute(ATTRIBUTE, heartbeat ? lifetime : new Lifetime(identity, lifetime.signedInAt(), now));
        } catch (IllegalStateException alreadyInvalidated) {
            // ended by another request meanwhile: nothing to do
        }
    }

    /** Vaadin's keep-alive: {@code POST /?v-r=heartbeat}; it proves a tab is open, not that someone is there. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
