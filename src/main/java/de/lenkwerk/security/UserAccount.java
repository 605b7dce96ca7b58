package de.lenkwerk.security;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

@Entity
@Table(name = "user_account")
class UserAccount extends AuditedEntity {

    @Column(nullable = false, length = AccountData.USERNAME_MAX, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false)
    private boolean administrator;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    /** A generated password (first administrator, reset) must be replaced at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Long personId, boolean administrator) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.personId = personId;
        this.administrator = administrator;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getPersonId() {
        return personId;
    }

    boolean isAdministrator() {
        return administrator;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** The fields the history records (never the password). */
    java.util.Map<String, Object> auditFields() {
        return de.lenkwerk.base.RecordChanged.fields("account.username", username,
                "account.administrator", administrator, "account.enabled", enabled);
    }

    void changeRoleAndState(boolean administrator, boolean enabled) {
        this.administrator = administrator;
        this.enabled = enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A new password also lifts a lock: the administrator has just spoken to the person. */
    void resetPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.mustChangePassword = mustChange;
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }
}
