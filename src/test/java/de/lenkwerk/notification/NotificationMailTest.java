package de.lenkwerk.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications by e-mail through a real SMTP server on loopback (GreenMail): who gets which mail, in which language,
 * and that the daily reminders go out once however often and wherever the job runs. Each test brings its own body
 * and people with accounts and addresses, and starts with an empty mail server.
 * <p>
 * "No mail" is only checked after a later mail has arrived ({@link #awaitLastMail()}): the mailer runs in the thread
 * that caused the notification, once its transaction commits, so mails arrive in the order they were caused.
 */
@LenkwerkTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "lenkwerk.base-url=https://lenkwerk.example"})
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final long MAIL_TIMEOUT_MS = 10_000;
    private static final String PASSWORD = "startpasswort-1";

    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationSettingRepository settings;
    @Autowired
    ReminderJob reminders;
    @Autowired
    DigestJob digest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private LocalDate today;
    private String suffix;
    private BodyItem body;
    /** Mails in German, no weekly digest. */
    private PersonItem german;
    /** Mails in English, everything including the weekly digest. */
    private PersonItem english;
    /** Runs the body's secretariat: "someone else" for the owners. */
    private PersonItem colleague;
    /** Receives the mail that comes last in a test, see {@link #awaitLastMail()}. */
    private PersonItem witness;
    private final Map<Long, String> usernames = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        today = LocalDate.now(clock);
        suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        SystemActor.run(() -> {
            body = bodies.create(new BodyData("Mailgremium " + suffix, "MG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "MG-" + suffix.toUpperCase(Locale.ROOT)));
            german = account("greta", "Greta Deutsch");
            english = account("edward", "Edward English");
            colleague = account("kora", "Kora Kollegin");
            witness = account("wilma", "Wilma Zeugin");
            bodies.addMember(body.id(), colleague.id(), null,
                    new MembershipData(null, MembershipRole.SECRETARIAT, today.minusDays(1), null));
        });
        choose(german, new NotificationSettings(SupportedLocales.GERMAN, true, true, true, true, true, false));
        choose(english, new NotificationSettings(SupportedLocales.ENGLISH, true, true, true, true, true, true));
    }

    @Test
    void anOwnerIsMailedAboutANewActionInTheirLanguageWithALinkToIt() throws Exception {
        var forGreta = create("Jobmesse vorbereiten", german, null, today.plusDays(40));
        var forEdward = create("Schulungsplan abstimmen", english, null, today.plusDays(40));

        var toGreta = awaitMailsTo(german, 1);
        assertThat(toGreta.getFirst().getSubject()).isEqualTo("Lenkwerk: Neue Maßnahme " + forGreta.number() + " für Sie");
        assertThat(body(toGreta.getFirst()))
                .startsWith("Guten Tag " + german.fullName() + ",")
                .contains("„Jobmesse vorbereiten“ ist Ihnen zugewiesen")
                .contains("https://lenkwerk.example/massnahmen/" + forGreta.id());
        var toEdward = awaitMailsTo(english, 1);
        assertThat(toEdward.getFirst().getSubject()).isEqualTo("Lenkwerk: new action " + forEdward.number() + " for you");
        assertThat(body(toEdward.getFirst())).startsWith("Hello " + english.fullName() + ",")
                .contains("\"Schulungsplan abstimmen\" is assigned to you");
    }

    @Test
    void whoTurnedAMailKindOffStillSeesTheNotificationInTheApp() throws Exception {
        choose(english, new NotificationSettings(SupportedLocales.ENGLISH, false, true, true, true, true, false));

        create("Ohne Mail", english, null, today.plusDays(40));
        create("Mit Mail", german, null, today.plusDays(40));

        awaitMailsTo(german, 1);
        // the outbox marks the notification as mailed once the server has taken the mail
        for (int i = 0; i < 200 && mailedAt(german, "ASSIGNED").contains(null); i++) {
            Thread.sleep(25);
        }
        assertThat(receivedBy(english)).isEmpty();
        assertThat(mailedAt(english, "ASSIGNED")).as("recorded, not mailed").containsExactly((Object) null);
        assertThat(mailedAt(german, "ASSIGNED")).singleElement().isNotNull();
    }

    @Test
    void someoneWhoseAccountWasDeactivatedGetsNoMoreMails() throws Exception {
        var left = SystemActor.call(() -> {
            var person = account("ehemalig", "Ernst Ehemalig");
            var account = accounts.search(usernames.get(person.id()), Pageable.ofSize(1)).getFirst();
            accounts.setEnabled(account.id(), account.version(), false);
            return person;
        });

        create("Übergabe vorbereiten", left, null, today.plusDays(3));
        create("Zum Vergleich", german, null, today.plusDays(3));
        SystemActor.call(() -> reminders.remind(today));

        awaitLastMail();
        assertThat(receivedBy(german)).as("the same two mails to an active account").hasSize(2);
        assertThat(receivedBy(left)).isEmpty();
        assertThat(mailedAt(left, "%")).as("assigned and deadline soon, both only in the app").hasSize(2)
                .containsOnlyNulls();
    }

    @Test
    void ownersHearOfChangesBySomeoneElse() throws Exception {
        var action = create("Bericht erstellen", german, null, today.plusDays(40));
        as(colleague, () -> actions.report(action.id(), action.version(),
                new ProgressReport("Entwurf liegt vor", ActionStatus.IN_PROGRESS, 40)));

        var mails = awaitMailsTo(german, 2);
        assertThat(mails).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: Neue Maßnahme " + action.number() + " für Sie",
                        "Lenkwerk: Neuer Stand zu " + action.number());
        assertThat(body(mails.get(1))).contains(colleague.fullName() + " hat einen neuen Stand berichtet");
    }

    @Test
    void anOwnerWhoReportsThemselfIsNotMailedAboutIt() throws Exception {
        var action = create("Selbst berichten", german, null, today.plusDays(40));
        as(german, () -> actions.report(action.id(), action.version(),
                new ProgressReport("Läuft", ActionStatus.IN_PROGRESS, 30)));

        awaitLastMail();
        assertThat(receivedBy(german)).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: Neue Maßnahme " + action.number() + " für Sie");
        assertThat(mailedAt(german, "REPORTED")).isEmpty();
        assertThat(mailedAt(german, "CHANGED")).isEmpty();
    }

    @Test
    void theDailyJobRemindsOwnerAndDeputyOfNearAndMissedDeadlinesOnlyOnce() throws Exception {
        var soon = create("Bald fällig", german, english, today.plusDays(5));
        var missed = create("Verpasst", english, null, today.minusDays(2));
        var later = create("Später", german, null, today.plusDays(30));
        purgeAfterAssignments();

        SystemActor.call(() -> reminders.remind(today));
        SystemActor.call(() -> reminders.remind(today));

        awaitLastMail();
        var toGreta = receivedBy(german);
        assertThat(toGreta).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: " + soon.number() + " ist am " + germanDate(soon.deadline()) + " fällig");
        var toEdward = receivedBy(english);
        assertThat(toEdward).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Lenkwerk: " + soon.number() + " is due on " + englishDate(soon.deadline()),
                "Lenkwerk: " + missed.number() + " is overdue");
        assertThat(subjects(toGreta) + subjects(toEdward)).doesNotContain(later.number());

        // A week later the missed deadline is reminded again; the near one is not.
        SystemActor.call(() -> reminders.remind(today.plusDays(7)));
        awaitLastMail();
        var toEdwardLater = receivedBy(english).stream().map(NotificationMailTest::subject).toList();
        assertThat(toEdwardLater).filteredOn(s -> s.contains(missed.number())).hasSize(2);
        assertThat(toEdwardLater).filteredOn(s -> s.contains(" is due on ")).hasSize(1);
    }

    @Test
    void twoInstancesStartingTheJobAtOnceSendEachReminderOnce() throws Exception {
        var soon = create("Parallel fällig", german, null, today.plusDays(3));
        purgeAfterAssignments();
        jdbc.sql("delete from shedlock").update();

        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = List.of(pool.submit(reminders::run), pool.submit(reminders::run));
            for (var run : runs) {
                run.get();
            }
        }

        awaitLastMail();
        assertThat(receivedBy(german)).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: " + soon.number() + " ist am " + germanDate(soon.deadline()) + " fällig");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'daily-reminders'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theWeeklyDigestListsTheOpenActionsOfThoseWhoAskedForIt() throws Exception {
        var missed = create("Überfällige Aufgabe", english, null, today.minusDays(3));
        var open = create("Offene Aufgabe", english, null, today.plusDays(20));
        create("Gretas Aufgabe", german, null, today.plusDays(20));
        purgeAfterAssignments();

        SystemActor.call(() -> digest.sendDigests(today));

        awaitLastMail();
        var mails = receivedBy(english);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Lenkwerk: your weekly overview (2 open actions)");
        assertThat(body(mails.getFirst())).contains(missed.number() + " Überfällige Aufgabe: overdue since")
                .contains(open.number() + " Offene Aufgabe: deadline");
        assertThat(receivedBy(german)).as("her choices say no digest").isEmpty();
    }

    private PersonItem account(String username, String name) {
        var fullName = name + " " + suffix;
        var account = accounts.create(new AccountData(username + "-" + suffix, fullName,
                username + "." + suffix + "@example.org", null, false, true), PASSWORD);
        var person = people.search(fullName, Pageable.ofSize(1)).getFirst();
        usernames.put(person.id(), account.username());
        return person;
    }

    private void choose(PersonItem person, NotificationSettings choices) {
        var setting = settings.findById(person.id()).orElseGet(() -> new NotificationSetting(person.id()));
        setting.apply(choices);
        settings.save(setting);
    }

    private ActionDetail create(String title, PersonItem owner, PersonItem deputy, LocalDate deadline) {
        return SystemActor.call(() -> actions.create(body.id(), new ActionData(title, null, owner.id(), null,
                deputy == null ? null : deputy.id(), Set.of(), null, deadline, ActionStatus.PLANNED, 0, null, null,
                null, null), null));
    }

    /** Acts as the person's own account, as they would in the app. */
    private void as(PersonItem person, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(usernames.get(person.id()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The assignment mails of the test's set-up are in (see {@link #awaitLastMail()}); forget them. */
    private void purgeAfterAssignments() throws Exception {
        awaitLastMail();
        greenMail.purgeEmailFromAllMailboxes();
    }

    /**
     * Causes one more mail, to the witness, and waits for it. Mails go out one after another in the thread that
     * caused them, so every mail that the steps before could have caused has arrived by then.
     */
    private void awaitLastMail() throws Exception {
        var token = "ZULETZT-" + UUID.randomUUID();
        SystemActor.call(() -> notifications.send(new Notice(witness.id(), NotificationKind.ASSIGNED, null,
                List.of(token, "Zeugin", today, "Test"))));
        assertThat(awaitMails(() -> receivedBy(witness).stream().anyMatch(m -> subject(m).contains(token))))
                .as("the last mail arrived").isTrue();
    }

    /** Waits until the person has this many mails, and returns them. */
    private List<MimeMessage> awaitMailsTo(PersonItem person, int count) throws Exception {
        awaitMails(() -> receivedBy(person).size() >= count);
        var mails = receivedBy(person);
        assertThat(mails).hasSize(count);
        return mails;
    }

    /** Waits (each arrival wakes it) until the condition holds or the timeout passed; whether it holds. */
    private static boolean awaitMails(MailCondition condition) throws Exception {
        var end = System.currentTimeMillis() + MAIL_TIMEOUT_MS;
        while (!condition.holds()) {
            var left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            greenMail.waitForIncomingEmail(left, greenMail.getReceivedMessages().length + 1);
        }
        return true;
    }

    @FunctionalInterface
    private interface MailCondition {
        boolean holds() throws Exception;
    }

    /** When each of the person's notifications of this kind ("%" for all) was mailed; null for not mailed. */
    private List<Object> mailedAt(PersonItem person, String kind) {
        return jdbc.sql("select mailed_at from notification where recipient_person_id = ? and kind like ?")
                .param(person.id()).param(kind).query((rs, row) -> rs.getObject(1)).list();
    }

    private static List<MimeMessage> receivedBy(PersonItem person) throws MessagingException {
        var result = new ArrayList<MimeMessage>();
        for (var message : greenMail.getReceivedMessages()) {
            var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            if (to.contains(person.email())) {
                result.add(message);
            }
        }
        return result;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjects(List<MimeMessage> messages) {
        return String.join("\n", messages.stream().map(NotificationMailTest::subject).toList());
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private static String germanDate(LocalDate date) {
        return de.lenkwerk.base.ui.Formats.date(date, SupportedLocales.GERMAN);
    }

    private static String englishDate(LocalDate date) {
        return de.lenkwerk.base.ui.Formats.date(date, SupportedLocales.ENGLISH);
    }
}
