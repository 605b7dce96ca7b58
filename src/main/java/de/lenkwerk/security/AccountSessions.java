package de.lenkwerk.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows the open sessions and ends those of an account at once when it loses rights: deactivated, no longer an
 * administrator, or its password reset. Its open tabs learn it at their next request (a click or Vaadin's
 * heartbeat): the session is gone, Vaadin reloads the page, and the reload leads to the sign-in.
 */
@Component
class AccountSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSessions(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SecurityEvents.AccountRoleChanged event) {
        if (event.lostRights()) {
            end(event.accountId(), event.enabledAfter() ? "demoted" : "deactivated");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SecurityEvents.PasswordChanged event) {
        if (event.kind() == SecurityEvents.PasswordChange.RESET) {
            end(event.accountId(), "password reset");
        }
    }

    /** Ends every session signed in as this account; returns how many. */
    int end(long accountId, String reason) {
        var ended = 0;
        for (var session : new ArrayList<>(sessions)) {
            if (belongsTo(session, accountId)) {
                try {
                    for (var vaadin : VaadinSession.getAllSessions(session)) {
                        vaadin.access(() -> vaadin.getUIs().forEach(ui -> ui.getPage().setLocation("login")));
                    }
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalidated) {
                    sessions.remove(session);
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}: {}", ended, accountId, reason);
            events.publishEvent(new SecurityEvents.SessionsEnded(accountId, ended, reason, clock.instant()));
        }
        return ended;
    }

    private static boolean belongsTo(HttpSession session, long accountId) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                    && principal.user().accountId() == accountId;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
