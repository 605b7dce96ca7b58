package de.lenkwerk.security;

import java.time.Instant;

/**
 * The security module's events, published as Spring application events so that other modules (the audit trail)
 * can listen without the security module knowing them. User names are normalised ({@link Usernames}) and, for names
 * typed by strangers, cut to a safe length; addresses are the client address as the container sees it (behind a
 * proxy: with {@code server.forward-headers-strategy}). Actors are account ids; {@code null} means the system.
 */
public final class SecurityEvents {

    private SecurityEvents() {
    }

    /** Why a sign-in was refused; the user always sees the same message, only the log and the audit trail know. */
    public enum FailureReason { WRONG_PASSWORD, UNKNOWN_USER, DISABLED, LOCKED, THROTTLED }

    public record SignInSucceeded(long accountId, String username, String address, Instant at) {
    }

    /** @param accountId empty for a name without an account */
    public record SignInFailed(String username, Long accountId, String address, FailureReason reason, Instant at) {
    }

    /** The pair of name and address is locked until {@code until}; other addresses can still sign in. */
    public record SignInLocked(String username, Long accountId, String address, Instant until, Instant at) {
    }

    /** An administrator lifted every sign-in lock of an account (also part of a password reset). */
    public record SignInUnlocked(long accountId, String username, Long byAccountId, Instant at) {
    }

    public enum PasswordChange { OWN, RESET }

    public record PasswordChanged(long accountId, String username, PasswordChange kind, Long byAccountId, Instant at) {
    }

    public record AccountCreated(long accountId, String username, boolean administrator, boolean enabled,
                                 Long byAccountId, Instant at) {
    }

    /** Role or state of an account changed (also a deactivation); before and after. */
    public record AccountRoleChanged(long accountId, String username, boolean administratorBefore,
                                     boolean administratorAfter, boolean enabledBefore, boolean enabledAfter,
                                     Long byAccountId, Instant at) {

        /** Whether the account lost rights: its sessions end at once. */
        public boolean lostRights() {
            return (administratorBefore && !administratorAfter) || (enabledBefore && !enabledAfter);
        }
    }

    /** Sessions of an account were ended (after a deactivation, demotion or reset), or one ran out. */
    public record SessionsEnded(long accountId, int sessions, String reason, Instant at) {
    }
}
