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

    LoginAttempts(UserAccountRepository accounts,
                  @Value("${lenkwerk.security.max-failed-logins:5}") int maxFailures,
                  @Value("${lenkwerk.security.lock-minutes:15}") int lockMinutes, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var username = safe(event.getAuthentication().getName());
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            log.warn("Sign-in refused for '{}': {}", username, event.getException().getClass().getSimpleName());
            return;
        }
        if (accounts.countFailure(username) == 0) {
            log.warn("Failed sign-in for unknown user '{}'", username);
            return;
        }
        if (accounts.lockIfTooMany(username, maxFailures, LocalDateTime.now(clock).plusMinutes(lockMinutes)) > 0) {
            log.warn("Account '{}' locked for {} minutes after {} failed sign-ins", username, lockMinutes, maxFailures);
        } else {
            log.warn("Failed sign-in for '{}'", username);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName(), LocalDateTime.now(clock));
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
