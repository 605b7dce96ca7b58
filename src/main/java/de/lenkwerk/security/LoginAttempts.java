package de.lenkwerk.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;

/**
 * Logs every failed sign-in and locks an account for some minutes after repeated wrong passwords, so that
 * guessing becomes slow. Unknown usernames are logged too, but there is nothing to lock.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository accounts;
    private final int maxFailures;
    private final int lockMinutes;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    LoginAttempts(UserAccountRepository accounts, org.springframework.context.ApplicationEventPublisher events,
                  @Value("${lenkwerk.security.max-failed-logins:5}") int maxFailures,
                  @Value("${lenkwerk.security.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var username = safe(event.getAuthentication().getName());
        var accountId = accounts.findByUsernameIgnoreCase(username).map(UserAccount::getId).orElse(null);
        var reason = event.getException().getClass().getSimpleName();
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED, accountId, username, null, null,
                accountId == null ? "unknown user" : reason));
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            log.warn("Sign-in refused for '{}': {}", username, reason);
            return;
        }
        if (accounts.countFailure(username) == 0) {
            log.warn("Failed sign-in for unknown user '{}'", username);
            return;
        }
        var until = LocalDateTime.now(clock).plusMinutes(lockMinutes);
        if (accounts.lockIfTooMany(username, maxFailures, until) > 0) {
            log.warn("Account '{}' locked for {} minutes after {} failed sign-ins", username, lockMinutes, maxFailures);
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.LOCKED, accountId, username, null,
                    until.withNano(0).toString(), maxFailures + " failed sign-ins"));
        } else {
            log.warn("Failed sign-in for '{}'", username);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        var username = event.getAuthentication().getName();
        accounts.recordSuccess(username, LocalDateTime.now(clock));
        var accountId = event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                ? Long.valueOf(principal.user().accountId()) : null;
        if (accountId != null) {
            events.publishEvent(SecurityEvent.of(SecurityEvent.Type.SIGN_IN, accountId, username));
        }
    }

    /** Usernames are typed by strangers: keep line breaks and overlong input out of the log. */
    private static String safe(String username) {
        if (username == null) {
            return "";
        }
        var cleaned = username.replaceAll("[\\r\\n\\t]", "_");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }
}
