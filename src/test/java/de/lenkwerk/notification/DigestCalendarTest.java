package de.lenkwerk.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.TestClock;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest at fixed moments: an action whose deadline was the Sunday counts as overdue from just after
 * midnight in Berlin on Monday (23:xx or 22:xx UTC on the Sunday), at a month end and on the day summer time begins.
 * Same mail settings as {@link NotificationMailTest}, so both share one test context.
 */
@LenkwerkTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "lenkwerk.base-url=https://lenkwerk.example"})
class DigestCalendarTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    DigestJob digest;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    NotificationSettingRepository settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    MailOutbox outbox;

    private BodyItem body;
    private PersonItem reader;

    @BeforeEach
    void setUp() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        var suffix = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        SystemActor.run(() -> {
            body = bodies.create(new BodyData("Übersichtsgremium " + suffix, "UG " + suffix, BodyType.WORKING_GROUP,
                    null, null, false, "UG-" + suffix.toUpperCase(Locale.ROOT)));
            reader = people.create(new PersonData("Wanda Weekly " + suffix, "wanda." + suffix + "@example.org", null));
        });
        // the digest only, so that no other mail to her gets in the way
        var setting = new NotificationSetting(reader.id());
        setting.apply(new NotificationSettings(SupportedLocales.ENGLISH, false, false, false, false, false, true));
        settings.save(setting);
    }

    @Test
    void anActionDueOnTheLastSundayOfJanuaryIsOverdueInTheDigestFromMondayJustAfterMidnight() throws Exception {
        var action = action(LocalDate.of(2027, 1, 31));

        assertThat(digestAt(Instant.parse("2027-01-31T22:50:00Z")))
                .contains(action.number() + " Wochenprobe: deadline").doesNotContain("overdue");
        // 00:10 in Berlin on Monday, 1 February, is 23:10 UTC on the Sunday
        assertThat(digestAt(Instant.parse("2027-01-31T23:10:00Z")))
                .contains(action.number() + " Wochenprobe: overdue since");
    }

    @Test
    void onTheSundaySummerTimeBeginsMidnightInBerlinIsTwoHoursBeforeMidnightUtc() throws Exception {
        var action = action(LocalDate.of(2027, 3, 28));

        assertThat(digestAt(LocalDateTime.of(2027, 3, 28, 23, 30)))
                .contains(action.number() + " Wochenprobe: deadline").doesNotContain("overdue");
        // 22:30 UTC is 23:30 in winter time but already Monday 00:30 in summer time
        assertThat(digestAt(Instant.parse("2027-03-28T22:30:00Z")))
                .contains(action.number() + " Wochenprobe: overdue since");
    }

    private ActionDetail action(LocalDate deadline) {
        clock.set(deadline.minusDays(20));
        return SystemActor.call(() -> actions.create(body.id(), new ActionData("Wochenprobe", null, reader.id(), null,
                null, Set.of(), null, deadline, ActionStatus.IN_PROGRESS, 50, null, null, null, null), null));
    }

    private String digestAt(LocalDateTime berlinTime) throws Exception {
        return digestAt(berlinTime.atZone(TestClock.BERLIN).toInstant());
    }

    /** Runs the job as the scheduler does at this moment and returns the text of her one new digest. */
    private String digestAt(Instant moment) throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        clock.set(moment);
        Locks.release(jdbc, "weekly-digest");
        digest.run();
        // the digests wait in the outbox; this sends all that are due (after what the background worker is sending)
        outbox.dispatchDue();
        var mails = receivedByReader();
        for (var waited = 0; mails.isEmpty() && waited < 50; waited++) {
            greenMail.waitForIncomingEmail(200, 1);
            mails = receivedByReader();
        }
        assertThat(mails).hasSize(1);
        return mails.getFirst().getContent().toString().replace("\r\n", "\n");
    }

    private List<MimeMessage> receivedByReader() throws Exception {
        var result = new ArrayList<MimeMessage>();
        for (var message : greenMail.getReceivedMessages()) {
            var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
            if (to.contains(reader.email())) {
                result.add(message);
            }
        }
        return result;
    }
}
