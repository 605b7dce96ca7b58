package de.lenkwerk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.notification.MailAdministration;
import de.lenkwerk.notification.Schedules;
import de.lenkwerk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators: whether mails go out (and a test mail), how many wait in the outbox or failed, and when the
 * reminder jobs run.
 */
@Route("admin/einstellungen")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, title = "nav.admin.settings", icon = "vaadin:cog")
public class SystemSettingsView extends Main implements HasDynamicTitle {

    SystemSettingsView(MailAdministration mail) {
        addClassName("lw-page");
        var status = mail.status();
        add(new ViewHeader(getTranslation("settings.title"), getTranslation("settings.description")));
        var state = new Paragraph(status.configured()
                ? getTranslation("settings.mail.on", status.host() + ":" + status.port(), status.from())
                : getTranslation("settings.mail.off"));
        state.setId("mail-status");
        if (!status.configured()) {
            state.addClassName("lw-warning");
        }
        var errors = new FormErrors();
        var test = new Button(getTranslation("settings.mail.test"));
        test.addClickListener(e -> {
            var to = new String[1];
            if (errors.attempt(() -> to[0] = mail.sendTestMail(getLocale()))) {
                Notifications.saved(getTranslation("settings.mail.test.sent", to[0]));
            }
        });
        test.setDisableOnClick(true);
        test.addClickListener(e -> test.setEnabled(true));
        test.setVisible(status.configured());
        var queue = mail.queue();
        var outbox = new Paragraph(getTranslation("outbox.settings.queue", queue.waiting(), queue.failed()));
        outbox.setId("mail-queue");
        if (queue.failed() > 0) {
            outbox.addClassName("lw-warning");
        }
        var retries = new Paragraph(getTranslation("outbox.settings.retries"));
        var mailCard = new Div(new H2(getTranslation("settings.mail")), state, outbox, retries, errors, test);
        mailCard.addClassName("lw-card");
        var jobs = new Div(new H2(getTranslation("settings.jobs")),
                new Paragraph(getTranslation("settings.jobs.reminders",
                        Schedules.describe(status.reminderSchedule(), getLocale()), status.reminderDaysAhead())),
                new Paragraph(getTranslation("settings.jobs.digest",
                        Schedules.describe(status.digestSchedule(), getLocale()))),
                new Paragraph(getTranslation("settings.jobs.once")));
        jobs.addClassName("lw-card");
        add(mailCard, jobs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
