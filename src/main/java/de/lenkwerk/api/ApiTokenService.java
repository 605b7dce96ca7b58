package de.lenkwerk.api;

import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.security.AccountAuthentications;
import de.lenkwerk.security.AccountItem;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Personal API tokens. A token is a bearer credential for the REST API that acts as its user, with exactly that
 * user's rights (the read scope takes writing away, nothing adds any). Only the SHA-256 of its 256-bit secret is
 * stored, so a database dump reveals no working token; the secret is handed out once, when it is made. Everyone
 * manages their own tokens on the profile page; administrators see and revoke everyone's.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ApiTokenService {

    /** What a token looks like: a recognisable prefix and 32 random bytes, base64url without padding. */
    static final String PREFIX = "lw_";
    private static final Pattern SECRET = Pattern.compile("lw_[A-Za-z0-9_-]{43}");
    private static final int HINT_LENGTH = 9;
    /** Nobody needs more working tokens than this; more are a sign of tokens being made instead of kept. */
    static final int MAX_ACTIVE_PER_ACCOUNT = 20;
    /** Revoked tokens stay on their owner's list this long, so that a revocation can still be seen. */
    private static final int SHOW_REVOKED_DAYS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AccountAuthentications authentications;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, AccountService accounts,
                    AccountAuthentications authentications, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.events = events;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentications = authentications;
        this.clock = clock;
    }

    /** The signed-in user's tokens, newest first (at most the working ones plus the recently revoked). */
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenItem> mine() {
        var me = currentUser.require();
        var since = now().minusDays(SHOW_REVOKED_DAYS);
        return tokens.findOwn(me.accountId(), since, Pageable.ofSize(MAX_ACTIVE_PER_ACCOUNT * 3)).stream()
                .map(t -> t.toItem(me.displayName(), today())).toList();
    }

    /** A new token for the signed-in user. The returned secret is not stored and cannot be shown again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreatedApiToken create(@Valid NewApiToken request) {
        var me = currentUser.require();
        var today = today();
        if (!request.expiresOn().isAfter(today) || request.expiresOn().isAfter(today.plusDays(NewApiToken.MAX_DAYS))) {
            throw new UserFacingException("api-token.error.expiry", NewApiToken.MAX_DAYS);
        }
        if (tokens.countUnrevoked(me.accountId()) >= MAX_ACTIVE_PER_ACCOUNT) {
            throw new UserFacingException("api-token.error.too-many", MAX_ACTIVE_PER_ACCOUNT);
        }
        var secret = newSecret();
        var token = tokens.saveAndFlush(new ApiToken(me.accountId(), request.name().strip(), request.scope(),
                hash(secret), secret.substring(0, HINT_LENGTH), now(), request.expiresOn()));
        return new CreatedApiToken(token.toItem(me.displayName(), today), secret);
    }

    /**
     * Revokes a token: one's own, or as administrator anyone's. Someone else's token reads as not there, as an
     * unknown one does.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ApiTokenItem revoke(long tokenId) {
        var me = currentUser.require();
        var token = tokens.findById(tokenId)
                .filter(t -> currentUser.isAdministrator() || t.getAccountId() == me.accountId())
                .orElseThrow(RecordNotFoundException::new);
        token.revoke(me.displayName(), now());
        tokens.saveAndFlush(token);
        return token.toItem(ownerNames(List.of(token)).get(token.getAccountId()), today());
    }

    /** Every token of every user, newest first, for the administration. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenItem> all(Pageable pageable) {
        var page = tokens.findNewestFirst(pageable);
        var names = ownerNames(page);
        return page.stream().map(t -> t.toItem(names.get(t.getAccountId()), today())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countAll() {
        return tokens.count();
    }

    /**
     * The caller a bearer secret stands for: its user, signed in as with a password, plus what the token's scope
     * allows. Empty for an unknown, malformed, expired or revoked token and for a disabled account. Records when and
     * from where the token was used.
     */
    @Transactional
    Optional<ApiCaller> authenticate(String secret, String address) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> t.state(today()) == ApiTokenState.ACTIVE)
                .flatMap(t -> authentications.of(t.getAccountId(), AuthorityUtils.createAuthorityList(
                                t.getScope().writes()
                                        ? new String[]{ApiTokenScope.READ_AUTHORITY, ApiTokenScope.WRITE_AUTHORITY}
                                        : new String[]{ApiTokenScope.READ_AUTHORITY}))
                        .map(authentication -> {
                            var from = address == null ? null : address.substring(0, Math.min(address.length(), 64));
                            logUse(t, authentication.getName(), from);
                            tokens.recordUse(t.getId(), now(), from);
                            return new ApiCaller(t.getId(), authentication);
                        }));
    }

    /** Who a request comes from: the token (for its rate limit) and the user it acts as. */
    record ApiCaller(long tokenId, Authentication authentication) {
    }

    private Map<Long, String> ownerNames(List<ApiToken> page) {
        var me = currentUser.get();
        var ids = page.stream().map(ApiToken::getAccountId).distinct().toList();
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> {
            if (me.map(SignedInUser::accountId).filter(id::equals).isPresent()) {
                return me.get().displayName();
            }
            return currentUser.isAdministrator()
                    ? accounts.get(id).map(AccountItem::fullName).orElse("?") : "?";
        }));
    }

    /**
     * The security log notes a token's use when it is the first in an hour or comes from another address; every use
     * would drown the log, the token's own "last used" shows the latest.
     */
    private void logUse(ApiToken token, String username, String from) {
        var last = token.getLastUsedAt();
        if (last == null || last.isBefore(now().minusHours(1))
                || !java.util.Objects.equals(from, token.getLastUsedFrom())) {
            events.publishEvent(new de.lenkwerk.security.SecurityEvent(
                    de.lenkwerk.security.SecurityEvent.Type.TOKEN_USED, token.getAccountId(), username, null, null,
                    token.getName() + (from == null ? "" : " · " + from)));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
