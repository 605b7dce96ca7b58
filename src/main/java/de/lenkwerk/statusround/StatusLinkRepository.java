package de.lenkwerk.statusround;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Each update touches only its own columns (see {@link StatusLink}). */
interface StatusLinkRepository extends JpaRepository<StatusLink, Long> {

    Optional<StatusLink> findByTokenHash(String tokenHash);

    List<StatusLink> findByRoundIdOrderById(Long roundId);

    /** The links a body asked on their own, outside any round. */
    List<StatusLink> findByBodyIdAndRoundIdIsNullOrderById(Long bodyId);

    @Modifying
    @Query("update StatusLink l set l.sentAt = :now where l.id = :id")
    int markSent(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update StatusLink l set l.firstOpenedAt = :now where l.id = :id and l.firstOpenedAt is null")
    int markOpened(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update StatusLink l set l.answeredAt = :now where l.id = :id")
    int markAnswered(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update StatusLink l set l.remindedAt = :now where l.id = :id")
    int markReminded(@Param("id") long id, @Param("now") LocalDateTime now);

    @Modifying
    @Query("update StatusLink l set l.revokedAt = :now where l.id = :id and l.revokedAt is null")
    int revoke(@Param("id") long id, @Param("now") LocalDateTime now);

    /** A new token: the old hash is gone, so the old link finds nothing any more. */
    @Modifying
    @Query("""
            update StatusLink l set l.tokenHash = :tokenHash, l.sentAt = null, l.revokedAt = null,
                   l.endedRecorded = false
            where l.id = :id""")
    int replaceToken(@Param("id") long id, @Param("tokenHash") String tokenHash);

    @Modifying
    @Query("update StatusLink l set l.endedRecorded = true where l.id = :id and l.endedRecorded = false")
    int markEndedRecorded(@Param("id") long id);

    /** When each action of the link was last answered through it (null: not yet). */
    @Query(value = "select action_id, answered_at from status_link_action where link_id = :id", nativeQuery = true)
    List<Object[]> findActionAnswers(@Param("id") long id);

    @Modifying
    @Query(value = "update status_link_action set answered_at = :now where link_id = :id and action_id = :actionId",
            nativeQuery = true)
    int markActionAnswered(@Param("id") long id, @Param("actionId") long actionId, @Param("now") LocalDateTime now);
}
