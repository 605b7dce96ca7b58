package de.lenkwerk;

import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fixture of the {@link ServiceTest}s: organisations, people with accounts, bodies with their roles, meetings and
 * actions, created through the real services (acting as {@link SystemActor}, so every rule applies), and signing in
 * as one of those accounts the way a real sign-in does (the real {@code UserDetailsService}'s principal).
 * <p>
 * The data is committed, not rolled back: the services do part of their work after the commit (mails, in-app
 * notifications), optimistic locking and unique constraints only show at flush or commit, and a test-wide
 * transaction would let a test see its own uncommitted, never-refreshed entities. Isolation comes from freshness
 * instead: every name, short name, prefix and username carries a suffix that is unique in the run
 * ({@link #unique()}), so a test finds only what it created and no other test can see or change it. Whatever a test
 * counts, it counts inside its own bodies or as one of its own accounts, whose view is limited to them.
 * <p>
 * Accounts cost a password hash each (Argon2id, on purpose the production encoder), so a committee gets accounts only
 * for the roles a test asks for.
 */
public class TestData {

    public static final String PASSWORD = "test-passwort-42";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Apart from the counter, so that a database kept from an earlier run (PostgreSQL) does not clash either. */
    private static final String RUN = runToken();
    /** The run in digits, for usernames that no other run's can look like. */
    private static final String NUMERIC_RUN = String.valueOf(100_000 + new SecureRandom().nextInt(900_000));

    private final OrganisationService organisations;
    private final PersonService people;
    private final AccountService accounts;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final UserDetailsService userDetails;
    private final TestClock clock;
    private final JdbcClient jdbc;

    TestData(OrganisationService organisations, PersonService people, AccountService accounts, BodyService bodies,
             MeetingService meetings, ActionService actions, IndicatorService indicators,
             UserDetailsService userDetails, TestClock clock, JdbcClient jdbc) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.bodies = bodies;
        this.meetings = meetings;
        this.actions = actions;
        this.indicators = indicators;
        this.userDetails = userDetails;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Waits until the mail outbox has nothing due left to send (each due mail went out or failed for now), so a test
     * that counts mails does not see the late mails of its set-up (the outbox sends in the background after commit).
     */
    public void awaitMailsSettled() {
        for (var i = 0; i < 400 && dueMails() > 0; i++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long dueMails() {
        return jdbc.sql("select count(*) from mail_outbox where state = 'WAITING' and next_attempt_at <= :now")
                .param("now", LocalDateTime.now(clock)).query(Long.class).single();
    }

    /** Someone who can sign in. */
    public record Account(long accountId, long personId, String username, String name, String email,
                          Long organisationId) {
    }

    /** A body with an account for each role asked for. */
    public record Committee(BodyItem body, Map<MembershipRole, Account> roles) {

        public long id() {
            return body.id();
        }

        public Account account(MembershipRole role) {
            var account = roles.get(role);
            if (account == null) {
                throw new IllegalStateException("the committee was created without a " + role);
            }
            return account;
        }

        public Account chair() {
            return account(MembershipRole.CHAIR);
        }

        public Account secretariat() {
            return account(MembershipRole.SECRETARIAT);
        }

        public Account member() {
            return account(MembershipRole.MEMBER);
        }

        public Account reader() {
            return account(MembershipRole.READER);
        }
    }

    /** A suffix no other call in this run returns: letters and digits, upper case, safe in prefixes and usernames. */
    public String unique() {
        return RUN + Integer.toString(COUNTER.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    }

    /** Today as the services see it (the {@link TestClock}). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The clock the services use, to set a moment or to take the time from. */
    public TestClock clock() {
        return clock;
    }

    public OrganisationItem organisation(String name) {
        var suffix = unique();
        return SystemActor.call(() -> organisations.create(new OrganisationData(name + " " + suffix, "O" + suffix,
                OrganisationType.JOBCENTER, true)));
    }

    /** A person without an account, e.g. an owner who never signs in. */
    public PersonItem person(String name) {
        var suffix = unique();
        return SystemActor.call(() -> people.create(new PersonData(name + " " + suffix, null, null)));
    }

    /** An account without a mail address: the services' mails to it are skipped, not attempted. */
    public Account account(String name) {
        return account(name, null, false, false);
    }

    public Account account(String name, Long organisationId) {
        return account(name, organisationId, false, false);
    }

    /** An account with a mail address of its own, for tests that read the mails (GreenMail). */
    public Account accountWithMail(String name) {
        return account(name, null, false, true);
    }

    public Account administrator(String name) {
        return account(name, null, true, false);
    }

    private Account account(String name, Long organisationId, boolean administrator, boolean mail) {
        var suffix = unique();
        // digits only after the "u": names of letters and digits could look alike (1/l, rn/m) and be refused
        var username = "u" + NUMERIC_RUN + "-" + COUNTER.incrementAndGet();
        var email = mail ? username + "@test.example" : null;
        var created = SystemActor.call(() -> accounts.create(new AccountData(username, name + " " + suffix, email,
                organisationId, administrator, true), PASSWORD));
        var personId = SystemActor.call(() -> people.search(created.fullName(), PageRequest.of(0, 2))).stream()
                .filter(p -> p.fullName().equals(created.fullName())).findFirst().orElseThrow().id();
        return new Account(created.id(), personId, username, created.fullName(), email, organisationId);
    }

    /** A body with an account for each of these roles; without roles, a secretariat and a reader. */
    public Committee committee(String name, MembershipRole... roles) {
        var wanted = roles.length == 0 ? Set.of(MembershipRole.SECRETARIAT, MembershipRole.READER) : Set.of(roles);
        var body = body(name);
        var accountsByRole = new EnumMap<MembershipRole, Account>(MembershipRole.class);
        Arrays.stream(MembershipRole.values()).filter(wanted::contains).forEach(role -> {
            var account = account(label(role));
            member(body, account.personId(), role);
            accountsByRole.put(role, account);
        });
        return new Committee(body, Map.copyOf(accountsByRole));
    }

    /** A body without members. Its short name is "{@code name} {@link #unique()}" and its prefix that, dashed. */
    public BodyItem body(String name) {
        var suffix = unique();
        return SystemActor.call(() -> bodies.create(new BodyData(name + " " + suffix, name + " " + suffix,
                BodyType.WORKING_GROUP, null, null, false, "T-" + suffix)));
    }

    public void member(BodyItem body, long personId, MembershipRole role) {
        SystemActor.run(() -> bodies.addMember(body.id(), personId, null,
                new MembershipData(null, role, today().minusDays(1), null)));
    }

    public MeetingItem meeting(BodyItem body, String title, LocalDateTime startsAt, MeetingState state) {
        return SystemActor.call(() -> meetings.plan(body.id(), new MeetingData(title, startsAt, "Rathaus", state, null)));
    }

    public ActionDetail action(BodyItem body, ActionData data) {
        return SystemActor.call(() -> actions.create(body.id(), data, null));
    }

    public ActionDetail action(BodyItem body, ActionData data, IndicatorData indicator) {
        return SystemActor.call(() -> actions.create(body.id(), data, indicator));
    }

    /** An open action of this owner, in progress, due in {@code deadlineDays}. */
    public ActionDetail action(BodyItem body, String title, long ownerId, int deadlineDays) {
        return action(body, actionData(title, ownerId, deadlineDays));
    }

    public ActionData actionData(String title, long ownerId, int deadlineDays) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), today().minusDays(10),
                today().plusDays(deadlineDays), ActionStatus.IN_PROGRESS, 10, null, null, null, null);
    }

    /** An indicator rising from 0 at the action's start to {@code target} at its deadline. */
    public IndicatorData indicator(String name, int target, LocalDate from, LocalDate to) {
        return new IndicatorData(name, "Stück", BigDecimal.ZERO, from, BigDecimal.valueOf(target), to,
                IndicatorDirection.UP);
    }

    public void measure(ActionDetail action, LocalDate on, int value) {
        SystemActor.run(() -> {
            IndicatorItem first = indicators.forAction(action.id()).getFirst();
            indicators.addMeasurement(first.id(), new MeasurementData(on, BigDecimal.valueOf(value), null));
        });
    }

    /** Signs in as this account for the rest of the test (signed out after it by {@link SignOutAfterEachTest}). */
    public void signIn(Account account) {
        SecurityContextHolder.setContext(contextOf(account.username()));
    }

    /** Does the work as this account, then puts back who was signed in before. */
    public <T> T as(Account account, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(contextOf(account.username()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Account account, Runnable work) {
        as(account, () -> {
            work.run();
            return null;
        });
    }

    /** What a sign-in puts into the session: the real principal with the ids, name and roles from the database. */
    private SecurityContext contextOf(String username) {
        var user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }

    private static String label(MembershipRole role) {
        return switch (role) {
            case CHAIR -> "Vorsitz";
            case SECRETARIAT -> "Geschäftsstelle";
            case MEMBER -> "Mitglied";
            case GUEST -> "Gast";
            case READER -> "Leser";
        };
    }

    private static String runToken() {
        var alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var random = new SecureRandom();
        var token = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    /** Nobody stays signed in into the next test, whichever way the test signed in. */
    public static class SignOutAfterEachTest implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SecurityContextHolder.clearContext();
        }
    }
}
