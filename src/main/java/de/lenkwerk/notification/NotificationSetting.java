package de.lenkwerk.notification;

import de.lenkwerk.base.SupportedLocales;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored choices of one person (see {@link NotificationSettings}). */
@Entity
@Table(name = "notification_setting")
class NotificationSetting {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private String language;

    @Column(name = "mail_assigned", nullable = false)
    private boolean mailAssigned;

    @Column(name = "mail_status", nullable = false)
    private boolean mailStatus;

    @Column(name = "mail_deadline", nullable = false)
    private boolean mailDeadline;

    @Column(name = "mail_overdue", nullable = false)
    private boolean mailOverdue;

    @Column(name = "mail_changed", nullable = false)
    private boolean mailChanged;

    @Column(name = "weekly_digest", nullable = false)
    private boolean weeklyDigest;

    @Version
    private long version;

    protected NotificationSetting() {
    }

    NotificationSetting(long personId) {
        this.personId = personId;
    }

    void apply(NotificationSettings settings) {
        language = settings.language().toLanguageTag();
        mailAssigned = settings.mailAssigned();
        mailStatus = settings.mailStatus();
        mailDeadline = settings.mailDeadline();
        mailOverdue = settings.mailOverdue();
        mailChanged = settings.mailChanged();
        weeklyDigest = settings.weeklyDigest();
    }

    NotificationSettings toSettings() {
        return new NotificationSettings(SupportedLocales.resolve(language), mailAssigned, mailStatus, mailDeadline,
                mailOverdue, mailChanged, weeklyDigest);
    }

    Long getPersonId() {
        return personId;
    }
}
