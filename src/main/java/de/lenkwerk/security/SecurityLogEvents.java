package de.lenkwerk.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the security module's own facts ({@link SecurityEvents}: what sign-in, throttle and account service decide)
 * into lines of the security log ({@link SecurityEvent}, which the history module writes). One place says what
 * the log shows of each fact, so the services publish each fact once.
 */
@Component
class SecurityLogEvents {

    private final ApplicationEventPublisher events;

    SecurityLogEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(SecurityEvents.SignInSucceeded event) {
        log(new SecurityEvent(SecurityEvent.Type.SIGN_IN, event.accountId(), event.username(), null, null,
                event.address()));
    }

    @EventListener
    void on(SecurityEvents.SignInFailed event) {
        log(new SecurityEvent(SecurityEvent.Type.SIGN_IN_FAILED, event.accountId(), event.username(), null, null,
                reason(event.reason()) + (event.address() == null ? "" : ", " + event.address())));
    }

    @EventListener
    void on(SecurityEvents.SignInLocked event) {
        log(new SecurityEvent(SecurityEvent.Type.LOCKED, event.accountId(), event.username(), null,
                String.valueOf(event.until()), event.address()));
    }

    @EventListener
    void on(SecurityEvents.SignInUnlocked event) {
        log(SecurityEvent.of(SecurityEvent.Type.UNLOCKED, event.accountId(), event.username()));
    }

    @EventListener
    void on(SecurityEvents.AccountCreated event) {
        log(new SecurityEvent(SecurityEvent.Type.ACCOUNT_CREATED, event.accountId(), event.username(), null,
                role(event.administrator()), null));
    }

    @EventListener
    void on(SecurityEvents.AccountRoleChanged event) {
        if (event.administratorBefore() != event.administratorAfter()) {
            log(new SecurityEvent(SecurityEvent.Type.ROLE_CHANGED, event.accountId(), event.username(),
                    role(event.administratorBefore()), role(event.administratorAfter()), null));
        }
        if (event.enabledBefore() != event.enabledAfter()) {
            log(SecurityEvent.of(event.enabledAfter() ? SecurityEvent.Type.REACTIVATED
                    : SecurityEvent.Type.DEACTIVATED, event.accountId(), event.username()));
        }
    }

    @EventListener
    void on(SecurityEvents.PasswordChanged event) {
        log(SecurityEvent.of(event.kind() == SecurityEvents.PasswordChange.RESET ? SecurityEvent.Type.PASSWORD_RESET
                : SecurityEvent.Type.PASSWORD_CHANGED, event.accountId(), event.username()));
    }

    private void log(SecurityEvent event) {
        events.publishEvent(event);
    }

    /** "unknown user", "wrong password": what kind of refusal, which the sign-in page never tells. */
    private static String reason(SecurityEvents.FailureReason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String role(boolean administrator) {
        return administrator ? Roles.ADMIN : Roles.USER;
    }
}
