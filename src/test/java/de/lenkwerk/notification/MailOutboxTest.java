package de.lenkwerk.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.TestClock;
import de.lenkwerk.TestData;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.statusround.StatusRoundService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The durable mail outbox against a real SMTP server on loopback (GreenMail on a port of its own, behind a relay that
 * can slow it down): a mail goes out only after the commit, survives a process that died before sending, is tried
 * again on the clock's schedule while the server is stopped, goes out once the server is back, is marked failed
 * after the last try, and a status round of 100 owners does not wait for a slow server. Its own in-memory database,
 * so no other test context's mail worker sees these rows.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:lenkwerk-outbox-test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "spring.mail.host=127.0.0.1",
        "lenkwerk.mail.retry-delays=PT1M,PT5M",
        // the tests drive the worker themselves; the regular poll would only race them
        "lenkwerk.mail.poll=PT1H",
        "lenkwerk.admin.username=outbox-tests-bootstrap"})
@ExtendWith({OneSecurityContextPerTest.class, TestData.SignOutAfterEachTest.class})
@Import({TestClock.Config.class, TestData.class})
class MailOutboxTest {

    private static final long MAIL_TIMEOUT_MS = 20_000;
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static int smtpPort;
    private static GreenMail greenMail;
    private static SmtpProxy proxy;

    @Autowired
    MailOutbox outbox;
    @Autowired
    DirectMail mail;
    @Autowired
    NotificationService notifications;
    @Autowired
    StatusRoundService rounds;
    @Autowired
    TestData fixture;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeAll
    static void startMailServer() throws Exception {
        smtpPort = SmtpProxy.freePort();
        startGreenMail();
        proxy = new SmtpProxy(smtpPort);
    }

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> proxy.port());
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "15000");
    }

    @AfterAll
    static void stopMailServer() throws Exception {
        proxy.close();
        greenMail.stop();
    }

    private static void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @BeforeEach
    void setUp() throws Exception {
        if (!greenMail.isRunning()) {
            startGreenMail();
        }
        proxy.slowDown(0);
        clock.set(START);
        // what an earlier test left is sent (or given up) first, so each test starts with an empty outbox
        outbox.dispatchDue();
        jdbc.sql("delete from mail_outbox").update();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMailIsStoredWithTheChangeAndGoesOutOnlyAfterTheCommit() throws Exception {
        var transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            assertThat(mail.send("ada@test.example", "Nach dem Commit", "Text")).isTrue();
            // another thread (as the worker) does not see the uncommitted mail, so it cannot send it yet
            var sentMeanwhile = new int[1];
            var other = new Thread(() -> sentMeanwhile[0] = outbox.dispatchDue());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(sentMeanwhile[0]).isZero();
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        });

        assertThat(greenMail.waitForIncomingEmail(MAIL_TIMEOUT_MS, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Nach dem Commit");
        awaitState("ada@test.example", MailOutbox.SENT);
    }

    @Test
    void aMailRolledBackWithItsChangeIsNeverSent() throws Exception {
        var transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            mail.send("rollback@test.example", "Zurückgenommen", "Text");
            status.setRollbackOnly();
        });
        mail.send("witness@test.example", "Zeuge", "Text");

        assertThat(greenMail.waitForIncomingEmail(MAIL_TIMEOUT_MS, 1)).isTrue();
        outbox.dispatchDue();
        assertThat(recipients()).containsExactly("witness@test.example");
        assertThat(count("rollback@test.example")).isZero();
    }

    @Test
    void aMailThatAnEarlierRunDidNotSendBeforeItDiedGoesOutAtTheNextStart() throws Exception {
        // as a process leaves it that died after the commit: one mail never tried, one claimed while sending
        var before = LocalDateTime.ofInstant(START, TestClock.BERLIN).minusMinutes(20);
        for (var to : List.of("never-tried@test.example", "died-sending@test.example")) {
            jdbc.sql("""
                            insert into mail_outbox (recipient, subject, body, state, attempts, created_at,
                                next_attempt_at, claimed_until, claimed_by)
                            values (:to, 'Vom letzten Lauf', 'Text', 'WAITING', 0, :before, :before, :claim, :by)""")
                    .param("to", to).param("before", before)
                    .param("claim", to.startsWith("died") ? before.plus(Duration.ofMinutes(5)) : null)
                    .param("by", to.startsWith("died") ? "4711@crashed-node" : null).update();
        }

        // what the application does when it is ready after a start
        outbox.onStart();

        assertThat(greenMail.waitForIncomingEmail(MAIL_TIMEOUT_MS, 2)).isTrue();
        assertThat(recipients()).containsExactlyInAnyOrder("never-tried@test.example", "died-sending@test.example");
        awaitState("died-sending@test.example", MailOutbox.SENT);
        awaitState("never-tried@test.example", MailOutbox.SENT);
    }

    @Test
    void whileTheServerIsStoppedTheMailWaitsAndIsTriedAgainOnTheClocksScheduleUntilTheServerIsBack() throws Exception {
        var person = fixture.accountWithMail("Paula Post");
        greenMail.stop();

        SystemActor.run(() -> notifications.send(new Notice(person.personId(), NotificationKind.ASSIGNED, "massnahmen/1",
                List.of("M-1", "Aufgabe ohne Mailserver"), null)));
        outbox.dispatchDue();

        var row = row(person.email());
        assertThat(row.state()).isEqualTo(MailOutbox.WAITING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.nextAttemptAt()).isEqualTo(LocalDateTime.ofInstant(START, TestClock.BERLIN).plusMinutes(1));
        assertThat(row.lastError()).isNotBlank();
        assertThat(outbox.queue()).isEqualTo(new MailQueue(1, 0));
        assertThat(mailed(person.personId())).isZero();

        startGreenMail();
        assertThat(outbox.dispatchDue()).as("not due before its next try").isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        clock.set(START.plus(Duration.ofMinutes(1)));
        assertThat(outbox.dispatchDue()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).contains("M-1");
        assertThat(row(person.email()).state()).isEqualTo(MailOutbox.SENT);
        assertThat(row(person.email()).attempts()).isEqualTo(2);
        assertThat(mailed(person.personId())).isEqualTo(1);
        assertThat(outbox.queue()).isEqualTo(new MailQueue(0, 0));
    }

    @Test
    void afterTheLastTryTheMailIsMarkedFailedAndCounted() throws Exception {
        greenMail.stop();
        mail.send("never@test.example", "Geht nie raus", "Text");
        outbox.dispatchDue();
        assertThat(row("never@test.example").attempts()).isEqualTo(1);

        clock.set(START.plus(Duration.ofMinutes(1)));
        outbox.dispatchDue();
        var second = row("never@test.example");
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.state()).isEqualTo(MailOutbox.WAITING);
        assertThat(second.nextAttemptAt()).as("the second delay is longer")
                .isEqualTo(LocalDateTime.ofInstant(START, TestClock.BERLIN).plusMinutes(1 + 5));

        clock.set(START.plus(Duration.ofMinutes(6)));
        outbox.dispatchDue();
        assertThat(row("never@test.example").state()).isEqualTo(MailOutbox.FAILED);
        assertThat(row("never@test.example").attempts()).isEqualTo(outbox.maxAttempts()).isEqualTo(3);
        assertThat(outbox.queue()).isEqualTo(new MailQueue(0, 1));

        // a failed mail is not tried again, even when the server is back and time goes on
        startGreenMail();
        clock.set(START.plus(Duration.ofDays(1)));
        mail.send("later@test.example", "Später", "Text");
        assertThat(greenMail.waitForIncomingEmail(MAIL_TIMEOUT_MS, 1)).isTrue();
        outbox.dispatchDue();
        assertThat(recipients()).containsExactly("later@test.example");
        assertThat(row("never@test.example").state()).isEqualTo(MailOutbox.FAILED);
    }

    @Test
    void aStatusRoundOf100OwnersDoesNotWaitForASlowMailServer() throws Exception {
        var committee = fixture.committee("Großes Gremium");
        for (var i = 0; i < 100; i++) {
            var owner = fixture.accountWithMail("Eigentümerin " + i);
            fixture.action(committee.body(), fixture.actionData("Maßnahme " + i, owner.personId(), 30));
        }
        // the mails of the new assignments are out of the way first
        outbox.dispatchDue();
        jdbc.sql("delete from mail_outbox").update();
        greenMail.purgeEmailFromAllMailboxes();
        // every piece of the SMTP talk now takes half a second: about 5 s per mail, over 8 minutes for all
        proxy.slowDown(500);

        var round = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fixture.as(committee.secretariat(),
                () -> rounds.start(committee.body().id(), null, fixture.today().plusDays(7))));

        assertThat(round).isNotNull();
        assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isEqualTo(100);
        assertThat(greenMail.getReceivedMessages().length).as("the round did not wait for the mails").isLessThan(100);

        // the server speeds up again: all 100 arrive, each once
        proxy.slowDown(0);
        outbox.wake();
        assertThat(greenMail.waitForIncomingEmail(60_000, 100)).isTrue();
        outbox.dispatchDue();
        assertThat(recipients()).hasSize(100).doesNotHaveDuplicates();
        assertThat(outbox.queue()).isEqualTo(new MailQueue(0, 0));
    }

    private record Row(String state, int attempts, LocalDateTime nextAttemptAt, String lastError) {
    }

    private Row row(String to) {
        return jdbc.sql("select state, attempts, next_attempt_at, last_error from mail_outbox where recipient = :to")
                .param("to", to)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4)))
                .single();
    }

    private long count(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", to).query(Long.class)
                .single();
    }

    private long mailed(long personId) {
        return jdbc.sql("select count(*) from notification where recipient_person_id = :p and mailed_at is not null")
                .param("p", personId).query(Long.class).single();
    }

    /** The worker marks a mail sent just after the server took it; wait for that mark. */
    private void awaitState(String to, String state) throws InterruptedException {
        for (var i = 0; i < 200 && !state.equals(row(to).state()); i++) {
            Thread.sleep(50);
        }
        assertThat(row(to).state()).isEqualTo(state);
    }

    private List<String> recipients() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailOutboxTest::to).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
