package de.lenkwerk.meeting;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.bodyId = :bodyId order by m.startsAt desc")
    List<Meeting> findByBody(@Param("bodyId") long bodyId, Pageable pageable);

    long countByBodyId(Long bodyId);

    @Query("select m from Meeting m where m.bodyId = :bodyId and m.startsAt < :before order by m.startsAt desc")
    List<Meeting> findPrevious(@Param("bodyId") long bodyId, @Param("before") java.time.LocalDateTime before,
                               Pageable pageable);

    @Query("select m from Meeting m where m.bodyId = :bodyId and m.startsAt >= :now order by m.startsAt")
    List<Meeting> findNext(@Param("bodyId") long bodyId, @Param("now") java.time.LocalDateTime now, Pageable pageable);

    @Query("""
            select m from Meeting m where m.bodyId in :bodyIds and m.startsAt >= :from and m.startsAt < :to
            order by m.startsAt
            """)
    List<Meeting> findInBodies(@Param("bodyIds") java.util.Collection<Long> bodyIds,
                               @Param("from") java.time.LocalDateTime from, @Param("to") java.time.LocalDateTime to);
}

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderBySortOrder(Long meetingId);

    List<AgendaItem> findByMeetingIdInOrderBySortOrder(java.util.Collection<Long> meetingIds);
}

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByMeetingId(Long meetingId);
}
