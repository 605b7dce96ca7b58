package de.lenkwerk.security;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class AccountServiceTest {

    private static final String PASSWORD = "richtig-geheim-42";

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestData fixture;

    private TestData.Account administrator;

    @BeforeEach
    void setUp() {
        administrator = fixture.administrator("Administration");
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        fixture.signIn(administrator);
        var username = uniqueName();
        var created = accounts.create(new AccountData(username, "Erika Mustermann", "erika@example.org", null, false, true),
                PASSWORD);

        assertThat(created.fullName()).isEqualTo("Erika Mustermann");
        assertThat(created.administrator()).isFalse();
        var authentication = signIn(username, PASSWORD);
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_USER").doesNotContain("ROLE_ADMIN");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNotAsText() {
        fixture.signIn(administrator);
        var username = uniqueName();
        accounts.create(new AccountData(username, "Hash Probe", null, null, false, true), PASSWORD);

        var stored = repository.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotSeeOrCreateAccounts() {
        fixture.signIn(fixture.account("Leser"));
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new AccountData(uniqueName(), "X Y", null, null, true, true), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(administrator.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.get(administrator.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThat(signIn(administrator.username(), TestData.PASSWORD).isAuthenticated()).as("the password was not reset").isTrue();
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        fixture.signIn(administrator);
        var taken = fixture.account("Leser").username();

        assertThatThrownBy(() -> accounts.create(new AccountData(taken.toUpperCase(java.util.Locale.ROOT), "Noch ein Leser",
                null, null, false, true), PASSWORD))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.duplicate-username"));
        assertThat(accounts.count(taken)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedByTheServiceNotOnlyByTheForm() {
        fixture.signIn(administrator);
        assertThatThrownBy(() -> accounts.create(new AccountData("a b", "", "no-mail", null, false, true), PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> accounts.create(new AccountData(uniqueName(), "Kurz Passwort", null, null, false, true), "kurz"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-length"));
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndNamesWhoChangedIt() {
        fixture.signIn(administrator);
        var created = accounts.create(new AccountData(uniqueName(), "Version Eins", null, null, false, true), PASSWORD);
        accounts.update(created.id(), created.version(), created.toData());

        var stale = new AccountData(created.username(), "Version Zwei", null, null, false, true);
        assertThatThrownBy(() -> accounts.update(created.id(), created.version(), stale))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo(administrator.name()));
        assertThat(accounts.get(created.id()).orElseThrow().fullName()).isEqualTo("Version Eins");
    }

    @Test
    void aResetLiftsTheLockAndTheOldPasswordNoLongerWorks() {
        fixture.signIn(administrator);
        var username = uniqueName();
        var account = accounts.create(new AccountData(username, "Gesperrt Bald", null, null, false, true), PASSWORD);
        for (int i = 0; i < 5; i++) {
            fixture.clock().set(java.time.Instant.parse("2026-11-02T10:00:00Z").plusSeconds(60L * i));
            assertThatThrownBy(() -> signIn(username, "falsch")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(accounts.lockedUntil(account.id())).isPresent();

        var newPassword = accounts.resetPassword(account.id());
        assertThat(newPassword).hasSize(16);
        assertThat(accounts.lockedUntil(account.id())).isEmpty();
        assertThat(signIn(username, newPassword).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        fixture.clock().reset();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        fixture.signIn(administrator);
        var username = uniqueName();
        var account = accounts.create(new AccountData(username, "Bald Weg", null, null, false, true), PASSWORD);

        accounts.setEnabled(account.id(), account.version(), false);

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class)
                .hasMessage(PasswordSignIn.REFUSED);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        fixture.signIn(administrator);
        var self = accounts.get(administrator.accountId()).orElseThrow();

        assertThatThrownBy(() -> accounts.setEnabled(self.id(), self.version(), false))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.self-demotion"));
        assertThatThrownBy(() -> accounts.update(self.id(), self.version(), new AccountData(self.username(), self.fullName(),
                null, null, false, true))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("account.error.self-demotion"));
        assertThat(accounts.get(self.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theListCanBeSortedByThePersonsName() {
        fixture.signIn(administrator);
        var token = fixture.unique().toLowerCase(java.util.Locale.ROOT);
        for (var name : java.util.List.of("Zora", "anton", "Berta", "Anna")) {
            accounts.create(new AccountData("sort-" + token + "-" + name.toLowerCase(java.util.Locale.ROOT), name + " " + token,
                    null, null, false, true), PASSWORD);
        }

        var page = accounts.search("sort-" + token, PageRequest.of(0, 50, Sort.by("p.fullName")));
        var names = page.stream().map(AccountItem::fullName).toList();
        assertThat(names).as("a lower-case name sorts among the others")
                .containsExactly("Anna " + token, "anton " + token, "Berta " + token, "Zora " + token);
        assertThat(accounts.search("", PageRequest.of(0, 50, Sort.by("p.fullName"))).stream().map(AccountItem::fullName)
                .toList()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(accounts.count("sort-" + token)).isEqualTo(4);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        var user = fixture.account("Verantwortlich");
        fixture.signIn(user);
        assertThatThrownBy(() -> accounts.changeOwnPassword("nicht-das-passwort", "ganz-neu-123456"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.wrong-password"));
        assertThat(signIn(user.username(), TestData.PASSWORD).isAuthenticated()).as("unchanged after the refusal").isTrue();

        accounts.changeOwnPassword(TestData.PASSWORD, "ganz-neu-123456");

        assertThat(signIn(user.username(), "ganz-neu-123456").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(user.username(), TestData.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
