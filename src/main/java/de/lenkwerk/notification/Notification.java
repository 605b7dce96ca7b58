package de.lenkwerk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One notification of one person: written once, then only marked as read or mailed. */
@Entity
@Table(name = "notification")
class Notification {

    private static final String SEPARATOR = "\u001F";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,17})");
    static final int ARGS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_person_id", nullable = false, updatable = false)
    private Long recipientPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(updatable = false)
    private String link;

    @Column(nullable = false, updatable = false, length = ARGS_MAX)
    private String args;

    @Column(name = "once_key", updatable = false)
    private String onceKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    protected Notification() {
    }

    Notification(Notice notice, LocalDateTime now) {
        this.recipientPersonId = notice.recipientPersonId();
        this.kind = notice.kind();
        this.link = notice.link();
        var joined = String.join(SEPARATOR, notice.args().stream().map(Notification::encode).toList());
        this.args = joined.length() > ARGS_MAX ? joined.substring(0, ARGS_MAX) : joined;
        this.onceKey = notice.onceKey();
        this.createdAt = now;
    }

    private static String encode(Object value) {
        return String.valueOf(value).replace(SEPARATOR, " ");
    }

    /**
     * The values of the text; ISO dates come back as dates so they can be written in the reader's language, whole
     * numbers as {@link Long}s so that patterns can choose singular or plural ({@code {2,choice,1#…|1<…}}).
     */
    List<Object> values() {
        if (args.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<Object>();
        for (var part : Arrays.asList(args.split(SEPARATOR, -1))) {
            if (DATE.matcher(part).matches()) {
                result.add(LocalDate.parse(part));
            } else if (WHOLE_NUMBER.matcher(part).matches()) {
                result.add(Long.valueOf(part));
            } else {
                result.add(part);
            }
        }
        return result;
    }

    Long getId() { return id; }
    Long getRecipientPersonId() { return recipientPersonId; }
    NotificationKind getKind() { return kind; }
    String getLink() { return link; }
    LocalDateTime getCreatedAt() { return createdAt; }
    LocalDateTime getReadAt() { return readAt; }
    LocalDateTime getMailedAt() { return mailedAt; }
}
