package de.lenkwerk.security;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LenkwerkTest
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

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
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
    @WithUserDetails("admin")
    void passwordsAreStoredAsBcryptHashesNotAsText() {
        var username = uniqueName();
        accounts.create(new AccountData(username, "Hash Probe", null, null, false, true), PASSWORD);

        var stored = repository.findByUsernameIgnoreCase(username).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    @WithUserDetails("leser")
    void someoneWhoIsNotAnAdministratorCannotSeeOrCreateAccounts() {
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new AccountData(uniqueName(), "X Y", null, null, true, true), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void aTakenUsernameIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> accounts.create(new AccountData("LESER", "Noch ein Leser", null, null, false, true), PASSWORD))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.duplicate-username"));
    }

    @Test
    @WithUserDetails("admin")
    void badInputIsRefusedByTheServiceNotOnlyByTheForm() {
        assertThatThrownBy(() -> accounts.create(new AccountData("a b", "", "no-mail", null, false, true), PASSWORD))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> accounts.create(new AccountData(uniqueName(), "Kurz Passwort", null, null, false, true), "kurz"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-length"));
    }

    @Test
    @WithUserDetails("admin")
    void aSaveBasedOnAnOldVersionIsRefusedAndNamesWhoChangedIt() {
        var created = accounts.create(new AccountData(uniqueName(), "Version Eins", null, null, false, true), PASSWORD);
        accounts.update(created.id(), created.version(), created.toData());

        var stale = new AccountData(created.username(), "Version Zwei", null, null, false, true);
        assertThatThrownBy(() -> accounts.update(created.id(), created.version(), stale))
                .isInstanceOfSatisfying(ConcurrentChangeException.class,
                        e -> assertThat(e.arguments()[0]).isEqualTo("Thomas Richter"));
        assertThat(accounts.get(created.id()).orElseThrow().fullName()).isEqualTo("Version Eins");
    }

    @Test
    @WithUserDetails("admin")
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() {
        var username = uniqueName();
        var account = accounts.create(new AccountData(username, "Gesperrt Bald", null, null, false, true), PASSWORD);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "falsch")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(accounts.get(account.id()).orElseThrow().lockedAt(LocalDateTime.now())).isTrue();

        var newPassword = accounts.resetPassword(account.id());
        assertThat(newPassword).hasSize(16);
        assertThat(signIn(username, newPassword).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails("admin")
    void aLockEndsByItselfWhenItsTimeIsUp() {
        var username = uniqueName();
        accounts.create(new AccountData(username, "Wieder Frei", null, null, false, true), PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "falsch")).isInstanceOf(BadCredentialsException.class);
        }
        transactions.executeWithoutResult(status ->
                repository.lockIfTooMany(username, 0, LocalDateTime.now().minusMinutes(1)));

        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aDeactivatedAccountCannotSignIn() {
        var username = uniqueName();
        var account = accounts.create(new AccountData(username, "Bald Weg", null, null, false, true), PASSWORD);

        accounts.setEnabled(account.id(), account.version(), false);

        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotLockThemselvesOut() {
        var self = accounts.search("admin", PageRequest.of(0, 5)).stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow();

        assertThatThrownBy(() -> accounts.setEnabled(self.id(), self.version(), false))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.self-demotion"));
    }

    @Test
    @WithUserDetails("admin")
    void theListCanBeSortedByThePersonsName() {
        var page = accounts.search("", PageRequest.of(0, 50, Sort.by("p.fullName")));

        var names = page.stream().map(AccountItem::fullName).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
        assertThat(accounts.count("")).isGreaterThanOrEqualTo(4);
    }

    @Test
    @WithUserDetails("verantwortlich")
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("nicht-das-passwort", "ganz-neu-12345"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.wrong-password"));
        accounts.changeOwnPassword("lenkwerk-demo", "ganz-neu-12345");
        try {
            assertThat(signIn("verantwortlich", "ganz-neu-12345").isAuthenticated()).isTrue();
        } finally {
            accounts.changeOwnPassword("ganz-neu-12345", "lenkwerk-demo");
        }
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
