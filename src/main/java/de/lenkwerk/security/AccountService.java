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

import java.security.SecureRandom;
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
    private final org.springframework.context.ApplicationEventPublisher events;
    private final java.time.Clock clock;

    AccountService(UserAccountRepository accounts, PersonService people, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, org.springframework.context.ApplicationEventPublisher events,
                   java.time.Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
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

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem create(@Valid AccountData data, String initialPassword) {
        checkPassword(initialPassword);
        var username = data.username().strip();
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new UserFacingException("account.error.duplicate-username", username);
        }
        var person = people.create(new PersonData(data.fullName(), data.email(), data.organisationId()));
        var account = new UserAccount(username, passwordEncoder.encode(initialPassword), person.id(),
                data.administrator());
        account.setEnabled(data.enabled());
        var saved = accounts.saveAndFlush(account);
        events.publishEvent(RecordChanged.created(ACCOUNT, saved.getId(), saved.auditFields()));
        events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCOUNT_CREATED, saved.getId(), username, null,
                saved.isAdministrator() ? Roles.ADMIN : Roles.USER, null));
        return accounts.findItem(saved.getId()).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem update(long id, long expectedVersion, @Valid AccountData data) {
        var account = accounts.findForUpdateById(id).orElseThrow(() -> new UserFacingException("error.record-gone"));
        account.checkVersion(expectedVersion);
        guardOwnAdministration(account, data.administrator(), data.enabled());
        people.update(account.getPersonId(), new PersonData(data.fullName(), data.email(), data.organisationId()));
        var before = account.auditFields();
        var wasAdministrator = account.isAdministrator();
        var wasEnabled = account.isEnabled();
        account.changeRoleAndState(data.administrator(), data.enabled());
        accounts.saveAndFlush(account);
        events.publishEvent(new RecordChanged(ACCOUNT, id, before, account.auditFields()));
        if (wasAdministrator != account.isAdministrator()) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Type.ROLE_CHANGED, id, account.getUsername(),
                    wasAdministrator ? Roles.ADMIN : Roles.USER, account.isAdministrator() ? Roles.ADMIN : Roles.USER,
                    null));
        }
        publishEnabled(account, wasEnabled);
        return accounts.findItem(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountItem setEnabled(long id, long expectedVersion, boolean enabled) {
        var account = load(id);
        account.checkVersion(expectedVersion);
        guardOwnAdministration(account, account.isAdministrator(), enabled);
        var before = account.auditFields();
        var wasEnabled = account.isEnabled();
        account.setEnabled(enabled);
        accounts.saveAndFlush(account);
        events.publishEvent(new RecordChanged(ACCOUNT, id, before, account.auditFields()));
        publishEnabled(account, wasEnabled);
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

    /** Whether this person's account was deactivated (someone who left); people without an account are not. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isDeactivated(long personId) {
        return accounts.existsByPersonIdAndEnabledFalse(personId);
    }

    /** Sets a new generated password, lifts any lock and returns the password to be passed on once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id) {
        var account = load(id);
        var password = generatePassword();
        var wasLocked = account.isLocked(java.time.LocalDateTime.now(clock));
        account.resetPassword(passwordEncoder.encode(password));
        accounts.saveAndFlush(account);
        recordPasswordChange(account, SecurityEvent.Type.PASSWORD_RESET, "account.password-reset");
        if (wasLocked) {
            events.publishEvent(SecurityEvent.of(SecurityEvent.Type.UNLOCKED, id, account.getUsername()));
        }
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
        checkPassword(newPassword);
        account.resetPassword(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
        recordPasswordChange(account, SecurityEvent.Type.PASSWORD_CHANGED, "account.password-changed");
    }

    /** The password itself never goes into the history, only when it was set and how. */
    private void recordPasswordChange(UserAccount account, SecurityEvent.Type type, String field) {
        events.publishEvent(new RecordChanged(ACCOUNT, account.getId(), java.util.Map.of(),
                RecordChanged.fields(field, java.time.LocalDateTime.now(clock))));
        events.publishEvent(SecurityEvent.of(type, account.getId(), account.getUsername()));
    }

    private void publishEnabled(UserAccount account, boolean wasEnabled) {
        if (wasEnabled != account.isEnabled()) {
            events.publishEvent(SecurityEvent.of(account.isEnabled() ? SecurityEvent.Type.REACTIVATED
                    : SecurityEvent.Type.DEACTIVATED, account.getId(), account.getUsername()));
        }
    }

    /**
     * Creates the first administrator of an empty installation. Returns false when accounts already exist.
     * Runs at start-up, before anyone can sign in, so it has no access check of its own.
     */
    @Transactional
    boolean createFirstAdministrator(String username, String password) {
        if (accounts.count() > 0) {
            return false;
        }
        SystemActor.run(() -> create(new AccountData(username, "Administrator", null, null, true, true), password));
        return true;
    }

    static String generatePassword() {
        var builder = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            builder.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return builder.toString();
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < AccountData.PASSWORD_MIN
                || password.length() > AccountData.PASSWORD_MAX) {
            throw new UserFacingException("account.error.password-length", AccountData.PASSWORD_MIN);
        }
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
