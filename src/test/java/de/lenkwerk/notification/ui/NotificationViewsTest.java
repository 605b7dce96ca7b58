package de.lenkwerk.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.notification.Notice;
import de.lenkwerk.notification.NotificationKind;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.notification.NotificationSettings;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.ui.ProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    CurrentUser currentUser;

    @Test
    @WithUserDetails("verantwortlich")
    void theBellCountsUnreadNotificationsListsThemInGermanAndClearsTheCount() {
        notifications.markAllRead();
        var me = currentUser.require().personId();
        notifications.send(new Notice(me, NotificationKind.DEADLINE_SOON, "massnahmen/1",
                List.of("LA-2026-001", "Jobmesse", LocalDate.of(2026, 12, 3))));
        notifications.send(new Notice(me, NotificationKind.STATUS_REQUESTED, "meine-massnahmen",
                List.of("LA DD", LocalDate.of(2026, 12, 1), 3)));
        notifications.send(new Notice(me, NotificationKind.STATUS_REQUESTED, "meine-massnahmen",
                List.of("2026", LocalDate.of(2026, 12, 1), 1)));

        navigate(ProfileView.class);
        var bell = $(NotificationBell.class).single();
        bell.refresh();

        assertThat(bell.badge.getText()).isEqualTo("3");
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.bell.getAriaLabel()).contains("Benachrichtigungen, 3 ungelesen");
        var texts = $(Anchor.class, bell.list).all().stream().map(a -> a.getElement().getTextRecursively()).toList();
        assertThat(texts.get(0)).startsWith("Statusabfrage 2026: Bitte berichten Sie bis 01.12.2026 zu Ihrer offenen Maßnahme.");
        assertThat(texts.get(1)).startsWith("Statusabfrage LA DD: Bitte berichten Sie bis 01.12.2026 zu Ihren 3 offenen Maßnahmen.");
        assertThat(texts.get(2)).startsWith("LA-2026-001 „Jobmesse“ ist am 03.12.2026 fällig.");

        test(bell.markAll).click();

        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    @WithUserDetails("leser")
    void eachPersonChoosesTheirMailsAndTheirLanguageOnTheProfilePage() {
        navigate(ProfileView.class);
        var form = $(NotificationSettingsSection.Form.class).single();

        test(form.language).selectItem("English");
        test(form.changed).click();
        test(form.digest).click();
        test(form.save).click();

        var saved = notifications.mySettings();
        assertThat(saved.language()).isEqualTo(SupportedLocales.ENGLISH);
        assertThat(saved.mailChanged()).isFalse();
        assertThat(saved.weeklyDigest()).isTrue();
        assertThat(saved.mailAssigned()).isTrue();
        notifications.saveMySettings(NotificationSettings.DEFAULTS);
    }

    @Test
    @WithUserDetails("admin")
    void withoutSmtpTheAdministratorIsToldThatNoMailsGoOut() {
        navigate(SystemSettingsView.class);

        var status = $(Paragraph.class).withId("mail-status").single();
        assertThat(status.getText()).startsWith("Kein SMTP-Server eingerichtet");
        assertThat($(Paragraph.class).withId("mail-queue").single().getText())
                .isEqualTo("Postausgang: 0 E-Mails warten auf den Versand, 0 konnten auch nach dem letzten Versuch nicht "
                        + "zugestellt werden.");
        var jobs = $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
        assertThat(jobs).contains("Fristerinnerungen täglich um 06:00 Uhr für Fristen in den nächsten 7 Tagen.",
                "Wochenübersicht montags um 06:30 Uhr für alle, die sie bestellt haben.");
    }
}
