package de.lenkwerk.security;

import de.lenkwerk.security.SecurityEvents.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The password sign-in. Every refusal is the same {@link BadCredentialsException} ("Anmeldung fehlgeschlagen"),
 * whether the name is unknown, the account disabled, the pair locked or the password wrong, and every attempt
 * that passes the throttle costs exactly one password hash: for an unknown name a dummy hash of the current
 * algorithm is checked, and a disabled account is refused only after its password was checked. Throttled and
 * locked attempts are refused before any hash, for real and unknown names alike, so their timing tells nothing
 * about the account either. A hash of an older algorithm (bcrypt) is replaced by the current one (Argon2id) on the
 * next successful sign-in.
 */
class PasswordSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);

    static final String REFUSED = "Anmeldung fehlgeschlagen";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String dummyHash;

    PasswordSignIn(UserAccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle,
                   ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.dummyHash = encoder.encode("kein-konto-" + System.nanoTime());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var name = Usernames.normalise(authentication.getName());
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var address = address(authentication);
        var logName = safe(name);

        var refusal = throttle.refusal(name, address);
        if (refusal.isPresent()) {
            var reason = refusal.get().locked() ? FailureReason.LOCKED : FailureReason.THROTTLED;
            var accountId = accounts.findByUsername(name).map(UserAccount::getId).orElse(null);
            log.warn("Sign-in for '{}' from {} refused before the password check ({}, until {})", logName, address,
                    reason, refusal.get().until());
            events.publishEvent(new SecurityEvents.SignInFailed(logName, accountId, address, reason, clock.instant()));
            throw new BadCredentialsException(REFUSED);
        }

        var account = accounts.findByUsername(name).orElse(null);
        var matches = password.length() <= AccountData.PASSWORD_MAX
                && encoder.matches(password, account == null ? dummyHash : account.getPasswordHash());
        if (account == null || !matches || !account.isEnabled()) {
            var reason = account == null ? FailureReason.UNKNOWN_USER
                    : !matches ? FailureReason.WRONG_PASSWORD : FailureReason.DISABLED;
            if (reason != FailureReason.DISABLED) {
                var locked = throttle.failed(name, address);
                locked.ifPresent(until -> {
                    log.warn("Sign-in for '{}' from {} locked until {}", logName, address, until);
                    if (account != null) {
                        transactions.executeWithoutResult(s -> accounts.markLocked(account.getId(),
                                LocalDateTime.ofInstant(until, clock.getZone())));
                    }
                    events.publishEvent(new SecurityEvents.SignInLocked(logName,
                            account == null ? null : account.getId(), address, until, clock.instant()));
                });
            }
            log.warn("Failed sign-in for '{}' from {} ({})", logName, address, reason);
            events.publishEvent(new SecurityEvents.SignInFailed(logName, account == null ? null : account.getId(),
                    address, reason, clock.instant()));
            throw new BadCredentialsException(REFUSED);
        }

        throttle.succeeded(name, address);
        var upgrade = encoder.upgradeEncoding(account.getPasswordHash()) ? encoder.encode(password) : null;
        var now = LocalDateTime.now(clock);
        transactions.executeWithoutResult(s -> {
            accounts.recordSuccess(account.getId(), now);
            if (upgrade != null) {
                accounts.upgradeHash(account.getId(), account.getPasswordHash(), upgrade);
            }
        });
        var displayName = accounts.findPersonName(account.getPersonId()).orElse(account.getUsername());
        var principal = new AccountPrincipal(account, displayName, false);
        events.publishEvent(new SecurityEvents.SignInSucceeded(account.getId(), account.getUsername(), address,
                clock.instant()));
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unbekannt";
    }

    /** Names are typed by strangers: keep control characters and overlong input out of logs and events. */
    static String safe(String username) {
        var cleaned = username.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "_");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }

}
