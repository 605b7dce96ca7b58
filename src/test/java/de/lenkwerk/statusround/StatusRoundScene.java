package de.lenkwerk.statusround;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.security.SystemActor;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The body of a status-round test, new for each test: a secretariat and a reader; Lehmann (with an account and a
 * mailbox) owns two open actions, one with an indicator; a second owner (likewise) one open and one done action;
 * a meeting held yesterday and one planned in ten days.
 */
record StatusRoundScene(TestData.Committee committee, TestData.Account lehmann, TestData.Account other,
                        MeetingItem previous, MeetingItem next, ActionDetail measured, ActionDetail plain,
                        ActionDetail ofOther, LocalDate today) {

    static StatusRoundScene create(TestData fixture, MeetingService meetings) {
        var today = fixture.today();
        var committee = fixture.committee("Statusgremium");
        var body = committee.body();
        var lehmann = fixture.accountWithMail("Markus Lehmann");
        var other = fixture.accountWithMail("Eva Sommer");
        var previous = SystemActor.call(() -> meetings.plan(body.id(), new MeetingData("1. Sitzung",
                today.minusDays(1).atTime(LocalTime.of(0, 0)), null, MeetingState.HELD, null)));
        var next = SystemActor.call(() -> meetings.plan(body.id(), new MeetingData("2. Sitzung",
                today.plusDays(10).atTime(LocalTime.of(10, 0)), null, MeetingState.PLANNED, null)));
        var measured = fixture.action(body, data(today, "Beratungstage anbieten", lehmann.personId(), ActionStatus.PLANNED, 20),
                new IndicatorData("Beratungstage", "Tage", BigDecimal.ZERO, today.minusDays(30), BigDecimal.valueOf(24),
                        today.plusDays(100), IndicatorDirection.UP));
        var plain = fixture.action(body, data(today, "Übersicht führen", lehmann.personId(), ActionStatus.IN_PROGRESS, 40));
        var ofOther = fixture.action(body, data(today, "Workshop planen", other.personId(), ActionStatus.IN_PROGRESS, 10));
        fixture.action(body, data(today, "Schon erledigt", other.personId(), ActionStatus.DONE, 100));
        // the mails of the new assignments go out before the test counts its own
        fixture.awaitMailsSettled();
        return new StatusRoundScene(committee, lehmann, other, previous, next, measured, plain, ofOther, today);
    }

    BodyItem body() {
        return committee.body();
    }

    TestData.Account secretariat() {
        return committee.secretariat();
    }

    TestData.Account reader() {
        return committee.reader();
    }

    ActionData data(String title, long ownerId, ActionStatus status, int progress) {
        return data(today, title, ownerId, status, progress);
    }

    private static ActionData data(LocalDate today, String title, long ownerId, ActionStatus status, int progress) {
        return new ActionData(title, null, ownerId, null, null, Set.of(), today.minusDays(20), today.plusDays(60), status,
                progress, null, null, null, null);
    }

    /** A second body with its own secretariat, planned meeting and an open action of Lehmann's. */
    static TestData.Committee neighbour(TestData fixture, StatusRoundScene scene) {
        var neighbour = fixture.committee("Nachbargremium", MembershipRole.SECRETARIAT);
        fixture.meeting(neighbour.body(), "Nachbarsitzung", scene.today().plusDays(5).atTime(9, 0), MeetingState.PLANNED);
        fixture.action(neighbour.body(), data(scene.today(), "Nachbarsache", scene.lehmann().personId(),
                ActionStatus.IN_PROGRESS, 10));
        return neighbour;
    }

    static List<MimeMessage> mails(GreenMailExtension greenMail, String to, String subjectPart) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
