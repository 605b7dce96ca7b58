package de.lenkwerk.notification;

import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Sends notices (other features call {@link #send} after their own access checks) and gives each signed-in person
 * their notifications and e-mail choices.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final NotificationTexts texts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PersonService people;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationSettingRepository settings,
                        NotificationTexts texts, CurrentUser currentUser, ApplicationEventPublisher events,
                        PersonService people, Clock clock) {
        this.people = people;
        this.notifications = notifications;
        this.settings = settings;
        this.texts = texts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the notice for its recipient and, once the surrounding transaction has committed, mails it if they
     * want that kind by e-mail. A notice with a once-key that this person already got is dropped.
     *
     * @return whether it was recorded
     */
    @Transactional
    public boolean send(Notice notice) {
        if (notice.onceKey() != null
                && notifications.existsByRecipientPersonIdAndOnceKey(notice.recipientPersonId(), notice.onceKey())) {
            return false;
        }
        var saved = notifications.save(new Notification(notice, LocalDateTime.now(clock)));
        events.publishEvent(new NotificationCreated(saved.getId()));
        return true;
    }

    @PreAuthorize("isAuthenticated()")
    public List<NotificationItem> mine(int limit, Locale locale) {
        var personId = currentUser.require().personId();
        return notifications.findLatest(personId, Pageable.ofSize(limit)).stream()
                .map(n -> new NotificationItem(n.getId(), n.getKind(), texts.text(n.getKind(), n.values(), locale),
                        n.getLink(), n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return currentUser.get().map(u -> notifications.countByRecipientPersonIdAndReadAtIsNull(u.personId())).orElse(0L);
    }

    /** Marks one of the signed-in person's notifications as read; someone else's is "not found". */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        notifications.findById(id)
                .filter(n -> n.getRecipientPersonId() == currentUser.require().personId())
                .orElseThrow(RecordNotFoundException::new);
        notifications.markRead(id, LocalDateTime.now(clock));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().personId(), LocalDateTime.now(clock));
    }

    @PreAuthorize("isAuthenticated()")
    public NotificationSettings mySettings() {
        return settingsOf(currentUser.require().personId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NotificationSettings saveMySettings(NotificationSettings choices) {
        if (choices == null) {
            throw new UserFacingException("validation.required");
        }
        var personId = currentUser.require().personId();
        var setting = settings.findById(personId).orElseGet(() -> new NotificationSetting(personId));
        setting.apply(choices);
        return settings.save(setting).toSettings();
    }

    /** Whether mails can reach the signed-in person at all. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasEmailAddress() {
        return people.get(currentUser.require().personId()).map(p -> p.email() != null && !p.email().isBlank())
                .orElse(false);
    }

    /** The language a person chose for their mails (German unless they chose otherwise), e.g. for a personal link. */
    public Locale languageOf(long personId) {
        return settingsOf(personId).language();
    }

    NotificationSettings settingsOf(long personId) {
        return settings.findById(personId).map(NotificationSetting::toSettings).orElse(NotificationSettings.DEFAULTS);
    }
}
