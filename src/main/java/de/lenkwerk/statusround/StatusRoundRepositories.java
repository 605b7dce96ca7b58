package de.lenkwerk.statusround;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface StatusRoundRepository extends JpaRepository<StatusRound, Long> {

    boolean existsByBodyIdAndState(Long bodyId, StatusRoundState state);

    @Query("select r from StatusRound r where r.bodyId = :bodyId order by r.createdAt desc, r.id desc")
    List<StatusRound> findByBody(@Param("bodyId") long bodyId, Pageable pageable);

    long countByBodyId(Long bodyId);
}

interface StatusRequestRepository extends JpaRepository<StatusRequest, Long> {

    List<StatusRequest> findByRoundId(Long roundId);

    List<StatusRequest> findByRoundIdAndOwnerPersonIdAndAnsweredAtIsNull(Long roundId, Long ownerPersonId);

    /** Asked and answered per round, for the rounds list. */
    @Query("""
            select new de.lenkwerk.statusround.RoundCounts(r.roundId, count(r), count(r.answeredAt))
            from StatusRequest r where r.roundId in :roundIds group by r.roundId""")
    List<RoundCounts> countByRounds(@Param("roundIds") java.util.Collection<Long> roundIds);

    /** The tracker: one row per owner asked, with their name and organisation, in one query. */
    @Query("""
            select new de.lenkwerk.statusround.TrackerRow(r.ownerPersonId, p.fullName, o.name, count(r),
                   count(r.answeredAt), max(r.answeredAt), max(r.remindedAt))
            from StatusRequest r join Person p on p.id = r.ownerPersonId left join p.organisation o
            where r.roundId = :roundId
            group by r.ownerPersonId, p.fullName, o.name
            order by p.fullName""")
    List<TrackerRow> tracker(@Param("roundId") long roundId);

    /** Requests of open rounds about actions the person owns or deputises (now, not when the round started). */
    @Query("""
            select r from StatusRequest r join StatusRound s on s.id = r.roundId join Action a on a.id = r.actionId
            where s.state = de.lenkwerk.statusround.StatusRoundState.OPEN
              and (a.ownerPersonId = :personId or a.deputyPersonId = :personId)
            order by s.answerBy, s.id, a.number""")
    List<StatusRequest> findOpenFor(@Param("personId") long personId);
}

/** How many actions a round asked about and how many are answered. */
record RoundCounts(Long roundId, long asked, long answered) {
}
