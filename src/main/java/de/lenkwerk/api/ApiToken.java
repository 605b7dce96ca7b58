package de.lenkwerk.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A personal API token, known only by the SHA-256 of its secret. It is never edited: it is created, used and
 * revoked, and revoking twice changes nothing, so it needs no version. Its use is written with a bulk update
 * ({@link ApiTokenRepository#recordUse}).
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false, length = NewApiToken.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApiTokenScope scope;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, updatable = false, length = 12)
    private String tokenHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    private LocalDateTime lastUsedAt;

    @Column(name = "last_used_from", insertable = false, updatable = false)
    private String lastUsedFrom;

    protected ApiToken() {
    }

    ApiToken(long accountId, String name, ApiTokenScope scope, String tokenHash, String tokenHint,
             LocalDateTime createdAt, LocalDate expiresOn) {
        this.accountId = accountId;
        this.name = name;
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
    }

    void revoke(String by, LocalDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    ApiTokenState state(LocalDate today) {
        if (revokedAt != null) {
            return ApiTokenState.REVOKED;
        }
        return today.isAfter(expiresOn) ? ApiTokenState.EXPIRED : ApiTokenState.ACTIVE;
    }

    ApiTokenItem toItem(String ownerName, LocalDate today) {
        return new ApiTokenItem(id, accountId, ownerName, name, scope, tokenHint, createdAt, expiresOn, state(today),
                revokedAt, revokedBy, lastUsedAt, lastUsedFrom);
    }

    Long getId() {
        return id;
    }

    LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    String getLastUsedFrom() {
        return lastUsedFrom;
    }

    String getName() {
        return name;
    }

    Long getAccountId() {
        return accountId;
    }

    ApiTokenScope getScope() {
        return scope;
    }
}
