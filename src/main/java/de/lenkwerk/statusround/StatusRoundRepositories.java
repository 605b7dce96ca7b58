package de.lenkwerk.statusround;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

interface StatusRoundRepository extends JpaRepository<StatusRound, Long> {

    boolean existsByBodyIdAndState(Long bodyId, StatusRoundState state);

    @Query("select r from StatusRound r where r.bodyId = :bodyId order by r.createdAt desc, r.id desc")
    List<StatusRound> findByBody(@Param("bodyId") long bodyId, Pageable pageable);

    long countByBodyId(Long bodyId);
}

/**
 * Requests are never written as entities after they were created: the owner's answer, a reminder and a hand-over
 * may happen at the same moment, so each one updates only its own column (no lost {@code answered_at}).
 */
interface StatusRequestRepository extends JpaRepository<StatusRequest, Long> {

    List<StatusRequest> findByRoundId(Long roundId);

    /** Everyone with an unanswered request in the round. */
    @Query("""
            select distinct r.ownerPersonId from StatusRequest r
            where r.roundId = :roundId and r.answeredAt is null""")
    List<Long> findMissingOwners(@Param("roundId") long roundId);

    /** Asked and answered per round, for the rounds list. */
    @Query("""
            select new de.lenkwerk.statusround.RoundCounts(r.roundId, count(r), count(r.answeredAt))
            from StatusRequest r where r.roundId in :roundIds group by r.roundId""")
    List<RoundCounts> countByRounds(@Param("roundIds") Collection<Long> roundIds);

    /** The tracker's figures: one row per owner asked; names come from the organisation module. */
    @Query("""
            select new de.lenkwerk.statusround.OwnerCounts(r.ownerPersonId, count(r), count(r.answeredAt),
                   max(r.answeredAt), max(r.remindedAt))
            from StatusRequest r
            where r.roundId = :roundId
            group by r.ownerPersonId""")
    List<OwnerCounts> countByOwner(@Param("roundId") long roundId);

    /** Requests of open rounds about the given actions (those the person owns or deputises now). */
    @Query("""
            select r from StatusRequest r join StatusRound s on s.id = r.roundId
            where s.state = de.lenkwerk.statusround.StatusRoundState.OPEN and r.actionId in :actionIds
            order by s.answerBy, s.id, r.id""")
    List<StatusRequest> findOpenFor(@Param("actionIds") Collection<Long> actionIds);

    @Modifying
    @Query("update StatusRequest r set r.answeredAt = :now where r.id = :id")
    int markAnswered(@Param("id") long id, @Param("now") LocalDateTime now);

    /** An answer through a personal link counts for the round's request about the same action. */
    @Modifying
    @Query("update StatusRequest r set r.answeredAt = :now where r.roundId = :roundId and r.actionId = :actionId")
    int markAnswered(@Param("roundId") long roundId, @Param("actionId") long actionId, @Param("now") LocalDateTime now);

    @Modifying
    @Query("""
            update StatusRequest r set r.remindedAt = :now
            where r.roundId = :roundId and r.ownerPersonId = :personId and r.answeredAt is null""")
    int markReminded(@Param("roundId") long roundId, @Param("personId") long personId,
                     @Param("now") LocalDateTime now);

    /** An action handed over during a round: its unanswered requests in open rounds go to the new owner. */
    @Modifying
    @Query("""
            update StatusRequest r set r.ownerPersonId = :ownerPersonId
            where r.actionId = :actionId and r.answeredAt is null and r.ownerPersonId <> :ownerPersonId
              and r.roundId in (select s.id from StatusRound s
                                where s.state = de.lenkwerk.statusround.StatusRoundState.OPEN)""")
    int handOver(@Param("actionId") long actionId, @Param("ownerPersonId") long ownerPersonId);
}

/** How many actions a round asked about and how many are answered. */
record RoundCounts(Long roundId, long asked, long answered) {
}

/** One owner's figures in a round, before their name is looked up. */
record OwnerCounts(Long personId, long asked, long answered, LocalDateTime lastAnsweredAt, LocalDateTime remindedAt) {
}
