package de.lenkwerk.security;

import de.lenkwerk.base.RecordChanged;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import org.springframework.context.ApplicationEventPublisher;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** User accounts: only administrators list, create and change them. */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ACCOUNT = "ACCOUNT";

    private final UserAccountRepository accounts;
    private final PersonService people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PersonService people, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountItem> search(String filter, Pageable pageable) {
        // names sort as people read them: "anton" before "Zora", on H2 as on PostgreSQL
        var sort = org.springframework.data.domain.Sort.by(pageable.getSort().stream()
                .map(org.springframework.data.domain.Sort.Order::ignoreCase).toList());
        var caseless = pageable.isPaged()
                ? org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return accounts.search(normalise(filter), caseless);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(String filter) {
        return accounts.countSearch(normalise(filter));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AccountItem> get(long id) {
        return accounts.findItem(id);
    }

    /**
     * Until when some client address may not sign in to this account (the latest of its locks), for the
     * administration; empty when none is locked.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<LocalDateTime> lockedUntil(long id) {
        return accounts.findById(id).flatMap(a -> throttle.lockedUntil(a.getUsername()))
                .map(until -> LocalDateTime.ofInstant(until, clock.getZone()));
    }

    /** Lifts every sign-in lock and delay of this account, from every address. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem unlock(long id) {
        var account = load(id);
        throttle.lift(account.getUsername());
        account.unlock();
        accounts.saveAndFlush(account);
        events.publishEvent(new SecurityEvents.SignInUnlocked(account.getId(), account.getUsername(), actor(),
                clock.instant()));
        return accounts.findItem(id).orElseThrow();
    }

    /**
     * Whether the signed-in user must replace a generated password before doing anything else; false for everyone
     * else (also when not signed in).
     */
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(u -> accounts.mustChangePassword(u.accountId())).orElse(false);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem create(@Valid AccountData data, String initialPassword) {
        var username = Usernames.normalise(data.username());
        PasswordPolicy.check(initialPassword, username);
        if (accounts.findByUsername(username).isPresent()) {
            throw new UserFacingException("account.error.duplicate-username", username);
        }
        var skeleton = Usernames.skeleton(username);
        var alike = accounts.findAllUsernames().stream().filter(n -> Usernames.skeleton(n).equals(skeleton)).findFirst();
        if (alike.isPresent()) {
            throw new UserFacingException("account.error.lookalike-username", username, alike.get());
        }
        var person = people.create(new PersonData(data.fullName(), data.email(), data.organisationId()));
        var account = new UserAccount(username, passwordEncoder.encode(initialPassword), person.id(),
                data.administrator());
        account.setEnabled(data.enabled());
        var saved = accounts.saveAndFlush(account);
        events.publishEvent(new SecurityEvents.AccountCreated(saved.getId(), username, data.administrator(),
                data.enabled(), actor(), clock.instant()));
        events.publishEvent(RecordChanged.created(ACCOUNT, saved.getId(), saved.auditFields()));
        return accounts.findItem(saved.getId()).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem update(long id, long expectedVersion, @Valid AccountData data) {
        var account = accounts.findForUpdateById(id).orElseThrow(() -> new UserFacingException("error.record-gone"));
        account.checkVersion(expectedVersion);
        guardOwnAdministration(account, data.administrator(), data.enabled());
        people.update(account.getPersonId(), new PersonData(data.fullName(), data.email(), data.organisationId()));
        var before = account.isAdministrator();
        var enabledBefore = account.isEnabled();
        var fieldsBefore = account.auditFields();
        account.changeRoleAndState(data.administrator(), data.enabled());
        accounts.saveAndFlush(account);
        events.publishEvent(new RecordChanged(ACCOUNT, id, fieldsBefore, account.auditFields()));
        roleChanged(account, before, enabledBefore);
        return accounts.findItem(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem setEnabled(long id, long expectedVersion, boolean enabled) {
        var account = load(id);
        account.checkVersion(expectedVersion);
        guardOwnAdministration(account, account.isAdministrator(), enabled);
        var enabledBefore = account.isEnabled();
        var fieldsBefore = account.auditFields();
        account.setEnabled(enabled);
        accounts.saveAndFlush(account);
        events.publishEvent(new RecordChanged(ACCOUNT, id, fieldsBefore, account.auditFields()));
        roleChanged(account, account.isAdministrator(), enabledBefore);
        return accounts.findItem(id).orElseThrow();
    }

    /** Whether an enabled account belongs to this person, e.g. before their calendar is served; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean hasEnabledAccount(long personId) {
        return accounts.existsByPersonIdAndEnabledTrue(personId);
    }

    /**
     * Which of these people have no way to sign in (no account, or a deactivated one): they are shown as "ohne
     * Zugang" and reached through a personal link. That someone has an account is no secret to signed-in users.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> withoutAccess(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        var result = new java.util.HashSet<>(personIds);
        accounts.findPersonIdsWithEnabledAccount(personIds).forEach(result::remove);
        return result;
    }

    /**
     * Whether this person's account was deactivated (someone who left); people without an account are not. Asked by
     * the mailer, which runs as the system, but inside a signed-in user's request, where method security still sees
     * that user (the session's context wins over the thread's): so any signed-in user may ask, as for
     * {@link #withoutAccess}. Only a yes or no, nothing of the account.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean isDeactivated(long personId) {
        return accounts.existsByPersonIdAndEnabledFalse(personId);
    }

    /**
     * Sets a new generated password, lifts any lock, ends the account's sessions and returns the password to be
     * passed on once; it must be changed at the next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        var account = load(id);
        var password = generatePassword();
        account.resetPassword(passwordEncoder.encode(password), true);
        accounts.saveAndFlush(account);
        var wasLocked = throttle.lockedUntil(account.getUsername()).isPresent();
        throttle.lift(account.getUsername());
        var now = clock.instant();
        events.publishEvent(new SecurityEvents.PasswordChanged(account.getId(), account.getUsername(),
                SecurityEvents.PasswordChange.RESET, actor(), now));
        if (wasLocked) {
            // a reset also lifts the delays; the log names it an unlock only when there was a lock to lift
            events.publishEvent(new SecurityEvents.SignInUnlocked(account.getId(), account.getUsername(), actor(), now));
        }
        recordPasswordChange(account, "account.password-reset");
        return password;
    }

    /** Any signed-in user changes their own password, proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = load(currentUser.require().accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("account.error.wrong-password");
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("account.error.password-unchanged");
        }
        account.resetPassword(passwordEncoder.encode(newPassword), false);
        accounts.saveAndFlush(account);
        events.publishEvent(new SecurityEvents.PasswordChanged(account.getId(), account.getUsername(),
                SecurityEvents.PasswordChange.OWN, account.getId(), clock.instant()));
        recordPasswordChange(account, "account.password-changed");
    }

    /** The password itself never goes into the history, only when it was set and how. */
    private void recordPasswordChange(UserAccount account, String field) {
        events.publishEvent(new RecordChanged(ACCOUNT, account.getId(), java.util.Map.of(),
                RecordChanged.fields(field, java.time.LocalDateTime.now(clock))));
    }

    /**
     * Creates the first administrator of an empty installation. Returns false when accounts already exist.
     * Runs at start-up, before anyone can sign in, so it has no access check of its own.
     */
    @Transactional
    boolean createFirstAdministrator(String username, String password, boolean generated) {
        if (accounts.count() > 0) {
            return false;
        }
        var created = SystemActor.call(() -> create(new AccountData(username, "Administrator", null, null, true, true),
                password));
        if (generated) {
            accounts.findById(created.id()).orElseThrow().requirePasswordChange();
        }
        return true;
    }

    static String generatePassword() {
        var builder = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            builder.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return builder.toString();
    }

    private void roleChanged(UserAccount account, boolean administratorBefore, boolean enabledBefore) {
        if (administratorBefore != account.isAdministrator() || enabledBefore != account.isEnabled()) {
            events.publishEvent(new SecurityEvents.AccountRoleChanged(account.getId(), account.getUsername(),
                    administratorBefore, account.isAdministrator(), enabledBefore, account.isEnabled(), actor(),
                    clock.instant()));
        }
    }

    private Long actor() {
        return currentUser.get().map(SignedInUser::accountId).orElse(null);
    }

    /** An administrator must not lock themselves out; somebody has to be left to manage the installation. */
    private void guardOwnAdministration(UserAccount account, boolean administrator, boolean enabled) {
        var self = currentUser.get().filter(u -> u.accountId() == account.getId()).isPresent();
        if (self && (!administrator || !enabled)) {
            throw new UserFacingException("account.error.self-demotion");
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserFacingException("error.record-gone"));
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
