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
import de.lenkwerk.organisation.PersonData;
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
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications by e-mail through a real SMTP server on loopback (GreenMail): who gets which mail, in which language,
 * and that the daily reminders go out once however often and wherever the job runs.
 */
@LenkwerkTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "lenkwerk.base-url=https://lenkwerk.example"})
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    NotificationSettingRepository settings;
    @Autowired
    ReminderJob reminders;
    @Autowired
    DigestJob digest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;

    private BodyItem body;
    private PersonItem german;
    private PersonItem english;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Mailgremium " + suffix, "MG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "MG-" + suffix));
            german = people.create(new PersonData("Greta Deutsch " + suffix, "greta." + suffix + "@example.org", null));
            english = people.create(new PersonData("Edward English " + suffix, "edward." + suffix + "@example.org", null));
        });
        var choice = new NotificationSetting(english.id());
        choice.apply(new NotificationSettings(SupportedLocales.ENGLISH, true, true, true, true, true, true));
        settings.save(choice);
    }

    @Test
    void anOwnerIsMailedAboutANewActionInTheirLanguageWithALinkToIt() throws Exception {
        var forGreta = create("Jobmesse vorbereiten", german, null, TODAY.plusDays(40));
        var forEdward = create("Schulungsplan abstimmen", english, null, TODAY.plusDays(40));

        var toGreta = mailsTo(german, 1);
        assertThat(toGreta.getFirst().getSubject()).isEqualTo("Lenkwerk: Neue Maßnahme " + forGreta.number() + " für Sie");
        assertThat(body(toGreta.getFirst()))
                .startsWith("Guten Tag " + german.fullName() + ",")
                .contains("„Jobmesse vorbereiten“ ist Ihnen zugewiesen")
                .contains("https://lenkwerk.example/massnahmen/" + forGreta.id());
        var toEdward = mailsTo(english, 1);
        assertThat(toEdward.getFirst().getSubject()).isEqualTo("Lenkwerk: new action " + forEdward.number() + " for you");
        assertThat(body(toEdward.getFirst())).startsWith("Hello " + english.fullName() + ",")
                .contains("\"Schulungsplan abstimmen\" is assigned to you");
    }

    @Test
    void whoTurnedAMailKindOffStillSeesTheNotificationInTheApp() throws Exception {
        var choice = settings.findById(english.id()).orElseThrow();
        choice.apply(new NotificationSettings(SupportedLocales.ENGLISH, false, true, true, true, true, false));
        settings.save(choice);

        create("Ohne Mail", english, null, TODAY.plusDays(40));
        create("Mit Mail", german, null, TODAY.plusDays(40));

        mailsTo(german, 1);
        assertThat(receivedBy(english)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient_person_id = ? and kind = 'ASSIGNED'")
                .param(english.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void someoneWhoseAccountWasDeactivatedGetsNoMoreMails() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var left = SystemActor.call(() -> {
            var account = accounts.create(new AccountData("ehemalig-" + suffix, "Ernst Ehemalig " + suffix,
                    "ernst." + suffix + "@example.org", null, false, true), "startpasswort-1");
            accounts.setEnabled(account.id(), account.version(), false);
            return people.search("Ernst Ehemalig " + suffix, Pageable.ofSize(1)).getFirst();
        });

        create("Übergabe vorbereiten", left, null, TODAY.plusDays(3));
        create("Zum Vergleich", german, null, TODAY.plusDays(3));
        SystemActor.call(() -> reminders.remind(TODAY));

        mailsTo(german, 2);
        assertThat(receivedBy(left)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification where recipient_person_id = ?")
                .param(left.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void ownersHearOfChangesBySomeoneElse() throws Exception {
        var action = create("Bericht erstellen", german, null, TODAY.plusDays(40));
        SystemActor.runAs("Sabine Hoffmann", () -> actions.report(action.id(), action.version(),
                new ProgressReport("Entwurf liegt vor", ActionStatus.IN_PROGRESS, 40)));

        var mails = mailsTo(german, 2);
        assertThat(mails).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: Neue Maßnahme " + action.number() + " für Sie",
                        "Lenkwerk: Neuer Stand zu " + action.number());
        assertThat(body(mails.get(1))).contains("Sabine Hoffmann hat einen neuen Stand berichtet");
    }

    @Test
    void theDailyJobRemindsOwnerAndDeputyOfNearAndMissedDeadlinesOnlyOnce() throws Exception {
        var soon = create("Bald fällig", german, english, TODAY.plusDays(5));
        var missed = create("Verpasst", english, null, TODAY.minusDays(2));
        var later = create("Später", german, null, TODAY.plusDays(30));
        purgeAfterAssignments();

        SystemActor.call(() -> reminders.remind(TODAY));
        SystemActor.call(() -> reminders.remind(TODAY));

        var toGreta = receivedBy(german);
        assertThat(toGreta).extracting(MimeMessage::getSubject)
                .containsExactly("Lenkwerk: " + soon.number() + " ist am " + germanDate(soon.deadline()) + " fällig");
        var toEdward = receivedBy(english);
        assertThat(toEdward).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Lenkwerk: " + soon.number() + " is due on " + englishDate(soon.deadline()),
                "Lenkwerk: " + missed.number() + " is overdue");
        assertThat(toGreta.toString() + toEdward).doesNotContain(later.number());

        // A week later the missed deadline is reminded again; the near one is not.
        SystemActor.call(() -> reminders.remind(TODAY.plusDays(7)));
        assertThat(receivedBy(english)).extracting(MimeMessage::getSubject)
                .filteredOn(s -> s.contains(missed.number())).hasSize(2);
    }

    @Test
    void twoInstancesStartingTheJobAtOnceSendEachReminderOnce() throws Exception {
        var soon = create("Parallel fällig", german, null, TODAY.plusDays(3));
        purgeAfterAssignments();
        jdbc.sql("delete from shedlock").update();

        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = List.of(pool.submit(reminders::run), pool.submit(reminders::run));
            for (var run : runs) {
                run.get();
            }
        }

        assertThat(receivedBy(german)).extracting(MimeMessage::getSubject)
                .filteredOn(s -> s.contains(soon.number())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'daily-reminders'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theWeeklyDigestListsTheOpenActionsOfThoseWhoAskedForIt() throws Exception {
        var missed = create("Überfällige Aufgabe", english, null, TODAY.minusDays(3));
        var open = create("Offene Aufgabe", english, null, TODAY.plusDays(20));
        create("Gretas Aufgabe", german, null, TODAY.plusDays(20));
        purgeAfterAssignments();

        SystemActor.call(() -> digest.sendDigests(TODAY));

        var mails = receivedBy(english);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Lenkwerk: your weekly overview (2 open actions)");
        assertThat(body(mails.getFirst())).contains(missed.number() + " Überfällige Aufgabe: overdue since")
                .contains(open.number() + " Offene Aufgabe: deadline");
        assertThat(receivedBy(german)).isEmpty();
    }

    private ActionDetail create(String title, PersonItem owner, PersonItem deputy, LocalDate deadline) {
        return SystemActor.call(() -> actions.create(body.id(), new ActionData(title, null, owner.id(), null,
                deputy == null ? null : deputy.id(), Set.of(), null, deadline, ActionStatus.PLANNED, 0, null, null,
                null, null), null));
    }

    /** Mails go out when the saving transaction commits, so the assignment mails are in; forget them. */
    private void purgeAfterAssignments() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    private List<MimeMessage> mailsTo(PersonItem person, int count) throws Exception {
        for (int i = 0; i < 50 && receivedBy(person).size() < count; i++) {
            Thread.sleep(100);
        }
        var mails = receivedBy(person);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private static List<MimeMessage> receivedBy(PersonItem person) throws MessagingException {
        var result = new java.util.ArrayList<MimeMessage>();
        for (var message : greenMail.getReceivedMessages()) {
            var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            if (to.contains(person.email())) {
                result.add(message);
            }
        }
        return result;
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
