package de.lenkwerk.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientPersonId = :personId order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(@Param("personId") long personId, Pageable pageable);

    long countByRecipientPersonIdAndReadAtIsNull(long personId);

    boolean existsByRecipientPersonIdAndOnceKey(long personId, String onceKey);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.id = :id and n.readAt is null")
    int markRead(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update Notification n set n.mailedAt = :now where n.id = :id")
    int markMailed(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientPersonId = :personId and n.readAt is null")
    int markAllRead(@Param("personId") long personId, @Param("now") LocalDateTime now);
}

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {
}
