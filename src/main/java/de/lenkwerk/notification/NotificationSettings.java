package de.lenkwerk.notification;

import de.lenkwerk.base.SupportedLocales;

import java.util.Locale;

/** What a person receives by e-mail, and in which language. In the app every notification is shown. */
public record NotificationSettings(Locale language, boolean mailAssigned, boolean mailStatus, boolean mailDeadline,
                                   boolean mailOverdue, boolean mailChanged, boolean weeklyDigest) {

    /** Without own choices: German, every e-mail except the weekly digest. */
    public static final NotificationSettings DEFAULTS =
            new NotificationSettings(SupportedLocales.DEFAULT, true, true, true, true, true, false);

    public NotificationSettings {
        language = SupportedLocales.ALL.contains(language) ? language : SupportedLocales.DEFAULT;
    }

    public boolean mails(NotificationKind kind) {
        return switch (kind) {
            case ASSIGNED -> mailAssigned;
            case STATUS_REQUESTED, STATUS_REMINDED -> mailStatus;
            case DEADLINE_SOON -> mailDeadline;
            case OVERDUE -> mailOverdue;
            case CHANGED, REPORTED, MEASURED -> mailChanged;
        };
    }
}
