package de.lenkwerk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import de.lenkwerk.base.SupportedLocales;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ProfileSection;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.notification.NotificationSettings;

import java.util.Locale;

/** On the profile page: which notifications also come by e-mail, in which language, and the weekly digest. */
@org.springframework.stereotype.Component
class NotificationSettingsSection implements ProfileSection {

    private final NotificationService notifications;

    NotificationSettingsSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "notification.settings.title";
    }

    @Override
    public Component create() {
        return new Form();
    }

    class Form extends Div {

        final Select<Locale> language = new Select<>();
        final Checkbox assigned = new Checkbox(getTranslation("notification.settings.assigned"));
        final Checkbox status = new Checkbox(getTranslation("notification.settings.status"));
        final Checkbox deadline = new Checkbox(getTranslation("notification.settings.deadline"));
        final Checkbox overdue = new Checkbox(getTranslation("notification.settings.overdue"));
        final Checkbox changed = new Checkbox(getTranslation("notification.settings.changed"));
        final Checkbox digest = new Checkbox(getTranslation("notification.settings.digest"));
        final FormErrors errors = new FormErrors();
        final Button save;

        Form() {
            var current = notifications.mySettings();
            language.setLabel(getTranslation("notification.settings.language"));
            language.setItems(SupportedLocales.ALL);
            language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
            language.setValue(current.language());
            assigned.setValue(current.mailAssigned());
            status.setValue(current.mailStatus());
            deadline.setValue(current.mailDeadline());
            overdue.setValue(current.mailOverdue());
            changed.setValue(current.mailChanged());
            digest.setValue(current.weeklyDigest());
            var boxes = new Div(assigned, status, deadline, overdue, changed, digest);
            boxes.addClassName("lw-checkbox-column");
            save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("notification-settings-save");
            add(new Paragraph(getTranslation("notification.settings.hint")), errors, boxes, language, new Div(save));
            if (!notifications.hasEmailAddress()) {
                var missing = new Paragraph(getTranslation("notification.settings.no-email"));
                missing.addClassName("lw-warning");
                addComponentAtIndex(1, missing);
            }
        }

        private void save() {
            var choices = new NotificationSettings(language.getValue(), assigned.getValue(), status.getValue(),
                    deadline.getValue(), overdue.getValue(), changed.getValue(), digest.getValue());
            if (errors.attempt(() -> notifications.saveMySettings(choices))) {
                Notifications.saved(getTranslation("notification.settings.saved"));
            }
        }
    }
}
