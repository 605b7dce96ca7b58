package de.lenkwerk.security;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.security.SecurityEvents.FailureReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in that resists guessing without locking people out (issue 19, point 1). */
@ServiceTest
@RecordApplicationEvents
class SignInHardeningTest {

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
    @Autowired
    ApplicationEvents events;

    private TestData.Account administrator;
    private Instant now;

    @BeforeEach
    void setUp() {
        administrator = fixture.administrator("Administration");
        now = Instant.parse("2026-11-02T09:00:00Z");
        fixture.clock().set(now);
    }

    @AfterEach
    void resetClock() {
        fixture.clock().reset();
    }

    /** The reported bypass: look-alike spellings of the name reached the account but were counted for nobody. */
    @Test
    void spellingsWithUnicodeSpacesOrLongSOrDotlessICountForTheSameAccount() {
        var username = create("sigrid-" + digits());
        var variants = List.of(
                "\u2003" + username,
                username + "\u3000",
                "\u2028" + username + "\u2029",
                username.replace('s', '\u017F'),
                username.replace('i', '\u0131'));
        for (var variant : variants) {
            assertThat(Usernames.normalise(variant)).as(variant).isEqualTo(username);
            refused(variant, "falsch-" + variant.length(), "10.0.0.1");
            advance(Duration.ofMinutes(1));
        }

        assertThat(failures(FailureReason.WRONG_PASSWORD)).as("every spelling is a failure of the real account")
                .hasSize(5).allSatisfy(e -> assertThat(e.accountId()).isNotNull());
        assertThat(failures(FailureReason.UNKNOWN_USER)).isEmpty();
        assertThat(events.stream(SecurityEvents.SignInLocked.class)).hasSize(1);
        refused(username, PASSWORD, "10.0.0.1");
        assertThat(failures(FailureReason.LOCKED)).hasSize(1);
        // and the right password with any other spelling from the same address is refused as well
        refused("\u2003" + username.replace('i', '\u0131'), PASSWORD, "10.0.0.1");
    }

    @Test
    void theLockHoldsTheAddressNotTheAccountForEveryoneAndAnAdministratorLiftsIt() {
        var username = create("pair-" + digits());
        for (int i = 0; i < 5; i++) {
            refused(username, "falsch-" + i, "192.0.2.7");
            advance(Duration.ofMinutes(1));
        }
        refused(username, PASSWORD, "192.0.2.7");

        assertThat(signIn(username, PASSWORD, "10.1.1.1").isAuthenticated())
                .as("the owner at another address is not locked out").isTrue();
        refused(username, PASSWORD, "192.0.2.7");
        var id = repository.findByUsername(username).orElseThrow().getId();
        fixture.signIn(administrator);
        assertThat(accounts.lockedUntil(id)).isPresent();

        accounts.unlock(id);

        assertThat(accounts.lockedUntil(id)).isEmpty();
        assertThat(signIn(username, PASSWORD, "192.0.2.7").isAuthenticated()).isTrue();
        assertThat(events.stream(SecurityEvents.SignInUnlocked.class))
                .singleElement().satisfies(e -> assertThat(e.byAccountId()).isEqualTo(administrator.accountId()));
    }

    @Test
    void aLockEndsByItselfWhenItsTimeIsUp() {
        var username = create("zeit-" + digits());
        for (int i = 0; i < 5; i++) {
            refused(username, "falsch-" + i, "192.0.2.8");
            advance(Duration.ofMinutes(1));
        }
        advance(Duration.ofMinutes(13));
        refused(username, PASSWORD, "192.0.2.8");
        advance(Duration.ofMinutes(2));
        assertThat(signIn(username, PASSWORD, "192.0.2.8").isAuthenticated()).isTrue();
    }

    @Test
    void afterThreeFreeFailuresEachAttemptWaitsADoublingDelayEvenWithTheRightPassword() {
        var username = create("tempo-" + digits());
        for (int i = 0; i < 3; i++) {
            refused(username, "falsch-" + i, "10.2.0." + i);
        }
        refused(username, "falsch-3", "10.2.0.3");
        assertThat(failures(FailureReason.THROTTLED)).isEmpty();

        // 4 failures: one second to wait, for every address
        refused(username, PASSWORD, "10.2.0.9");
        assertThat(failures(FailureReason.THROTTLED)).hasSize(1);
        advance(Duration.ofSeconds(1));
        refused(username, "falsch-4", "10.2.0.4");
        // 5 failures: two seconds
        advance(Duration.ofSeconds(1));
        refused(username, PASSWORD, "10.2.0.9");
        assertThat(failures(FailureReason.THROTTLED)).hasSize(2);
        advance(Duration.ofSeconds(1));
        assertThat(signIn(username, PASSWORD, "10.2.0.9").isAuthenticated()).isTrue();
    }

    @Test
    void unknownNamesAreThrottledLikeRealOnesAndGetTheSameAnswer() {
        var real = create("echt-" + digits());
        var unknown = "niemand-" + digits();
        var realMessages = new ArrayList<String>();
        var unknownMessages = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            realMessages.add(refused(real, "falsch-" + i, "10.3.0.1"));
            unknownMessages.add(refused(unknown, "falsch-" + i, "10.3.0.2"));
        }
        assertThat(unknownMessages).isEqualTo(realMessages).containsOnly(PasswordSignIn.REFUSED);
        assertThat(failures(FailureReason.THROTTLED)).as("the 5th attempt of each had to wait")
                .extracting(SecurityEvents.SignInFailed::username).containsExactlyInAnyOrder(real, unknown);
        assertThat(failures(FailureReason.UNKNOWN_USER)).hasSize(4);
        assertThat(failures(FailureReason.WRONG_PASSWORD)).hasSize(4);
    }

    @Test
    void aDisabledAccountGetsTheSameAnswerAsAWrongPassword() {
        var username = create("weg-" + digits());
        fixture.signIn(administrator);
        var item = accounts.get(repository.findByUsername(username).orElseThrow().getId()).orElseThrow();
        accounts.setEnabled(item.id(), item.version(), false);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(refused(username, PASSWORD, "10.4.0.1")).isEqualTo(refused(username, "falsch", "10.4.0.1"));
        assertThat(failures(FailureReason.DISABLED)).hasSize(1);
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedDown() {
        for (int i = 0; i < 11; i++) {
            refused("kein-" + i + "-" + digits(), "falsch", "10.5.0.1");
        }
        var username = create("viele-" + digits());
        refused(username, PASSWORD, "10.5.0.1");
        assertThat(failures(FailureReason.THROTTLED)).singleElement()
                .satisfies(e -> assertThat(e.address()).isEqualTo("10.5.0.1"));
        assertThat(signIn(username, PASSWORD, "10.5.0.2").isAuthenticated()).as("another address is not slowed")
                .isTrue();
    }

    @Test
    void passwordsNeedTwelveToOneHundredTwentyEightCharactersAndNoCommonOrContextWords() {
        fixture.signIn(administrator);
        assertRefused("elf-zeichen", "account.error.password-length");
        assertThat(create("zwoelf-" + digits(), "zwoelf-zeich")).isNotBlank();
        assertThat(create("lang-" + digits(), "x".repeat(127) + "y")).isNotBlank();
        assertRefused("x".repeat(129), "account.error.password-length");
        assertRefused("qwerty123456", "account.error.password-common");
        assertRefused("Sunshine2026!", "account.error.password-common");
        assertRefused("PASSWORT-12345", "account.error.password-common");
        assertRefused("mein-Lenkwerk-Zugang", "account.error.password-name");
        var name = "hubert-" + digits();
        assertThatThrownBy(() -> accounts.create(data(name), "ich-bin-" + name + "!"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.password-name"));
        assertThat(PasswordPolicy.isCommon("1q2w3e4r5t6y")).isTrue();
    }

    /** bcrypt ignored everything after 72 bytes; Argon2id does not. */
    @Test
    void longPasswordsCountToTheirLastCharacterAndAreStoredWithArgon2id() {
        var password = "ä".repeat(50) + "-ende-eins";
        var username = create("lang-" + digits(), password);

        assertThat(repository.findByUsername(username).orElseThrow().getPasswordHash()).startsWith("{argon2}")
                .doesNotContain(password);
        assertThat(signIn(username, password, "10.6.0.1").isAuthenticated()).isTrue();
        refused(username, "ä".repeat(50) + "-ende-zwei", "10.6.0.1");
    }

    @Test
    void anOldBcryptHashSignsInAndIsReplacedByArgon2id() {
        var username = create("alt-" + digits());
        var id = repository.findByUsername(username).orElseThrow().getId();
        transactions.executeWithoutResult(s -> repository.findById(id).orElseThrow()
                .resetPassword("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD), false));

        assertThat(signIn(username, PASSWORD, "10.7.0.1").isAuthenticated()).isTrue();

        assertThat(repository.findById(id).orElseThrow().getPasswordHash()).startsWith("{argon2}");
        assertThat(signIn(username, PASSWORD, "10.7.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void namesAreStoredNormalisedAndALookAlikeNameIsRefused() {
        fixture.signIn(administrator);
        var base = "Anna-0l" + digits();
        var created = accounts.create(data(base), PASSWORD);
        assertThat(created.username()).isEqualTo(base.toLowerCase(java.util.Locale.ROOT));

        for (var alike : List.of(base.replace("0l", "ol"), base.replace("0l", "o1"), base.replace("-", "."),
                base.replace("-", ""))) {
            assertThatThrownBy(() -> accounts.create(data(alike), PASSWORD)).as(alike)
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("account.error.lookalike-username"));
        }
        assertThatThrownBy(() -> accounts.create(data(base.toUpperCase(java.util.Locale.ROOT)), PASSWORD))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.duplicate-username"));
        assertThat(signIn("\u3000" + base.toUpperCase(java.util.Locale.ROOT), PASSWORD, "10.8.0.1").isAuthenticated())
                .isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignIn() {
        var username = create("reset-" + digits());
        var id = repository.findByUsername(username).orElseThrow().getId();
        fixture.signIn(administrator);
        var generated = accounts.resetPassword(id);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        var authentication = signIn(username, generated, "10.9.0.1");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(authentication);
        assertThat(accounts.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> accounts.changeOwnPassword(generated, generated))
                .isInstanceOf(UserFacingException.class);
        accounts.changeOwnPassword(generated, "mein-eigenes-neues");
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThat(events.stream(SecurityEvents.PasswordChanged.class)).extracting(SecurityEvents.PasswordChanged::kind)
                .containsExactly(SecurityEvents.PasswordChange.RESET, SecurityEvents.PasswordChange.OWN);
    }

    /**
     * Not an assertion on time (the machine is shared), but the figures: median time of a refusal for an unknown
     * name, a wrong password and a disabled account. Each costs one Argon2id check.
     */
    @Test
    void refusalsTakeAboutTheSameTimeFigures() {
        var real = create("takt-" + digits());
        var off = create("takt-aus-" + digits());
        fixture.signIn(administrator);
        var item = accounts.get(repository.findByUsername(off).orElseThrow().getId()).orElseThrow();
        accounts.setEnabled(item.id(), item.version(), false);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var unknown = median(i -> refused("takt-unbekannt-" + i, "falsch", "10.10.1." + i));
        var wrong = median(i -> refused(real, "falsch-" + i, "10.10.2." + i));
        var disabled = median(i -> refused(off, PASSWORD, "10.10.3." + i));
        System.out.printf("Sign-in refusal, median of 7 (ms): unknown %.1f, wrong password %.1f, disabled %.1f%n",
                unknown, wrong, disabled);
        assertThat(failures(FailureReason.THROTTLED)).as("no attempt was refused before the hash").isEmpty();
    }

    private double median(java.util.function.IntConsumer attempt) {
        var times = new ArrayList<Double>();
        for (int i = 0; i < 7; i++) {
            advance(Duration.ofMinutes(20));
            var start = System.nanoTime();
            attempt.accept(i);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(3);
    }

    private void assertRefused(String password, String key) {
        assertThatThrownBy(() -> accounts.create(data("pw-" + digits()), password)).as(password)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private String create(String username) {
        return create(username, PASSWORD);
    }

    private String create(String username, String password) {
        return SystemActor.call(() -> accounts.create(data(username), password)).username();
    }

    private static AccountData data(String username) {
        return new AccountData(username, "Probe " + username, null, null, false, true);
    }

    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
        fixture.clock().set(now);
    }

    private List<SecurityEvents.SignInFailed> failures(FailureReason reason) {
        return events.stream(SecurityEvents.SignInFailed.class).filter(e -> e.reason() == reason).toList();
    }

    private Authentication signIn(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationManager.authenticate(token);
    }

    private String refused(String username, String password, String address) {
        try {
            signIn(username, password, address);
        } catch (BadCredentialsException e) {
            return e.getMessage();
        }
        throw new AssertionError("signed in as " + username + " from " + address);
    }
}
