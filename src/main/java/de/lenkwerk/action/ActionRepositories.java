package de.lenkwerk.action;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ActionRepository extends JpaRepository<Action, Long> {

    List<Action> findByParentId(Long parentId);

    @Modifying
    @Query("update Action a set a.rag = :rag, a.ragReason = :reason where a.id = :id")
    void storeTrafficLight(@Param("id") long id, @Param("rag") Rag rag, @Param("reason") String reason);

    @Query("select a from Action a order by a.id")
    List<Action> findPage(Pageable pageable);

    @Query("""
            select new de.lenkwerk.action.DeadlineItem(a.id, a.number, a.title, a.bodyId, a.ownerPersonId,
                   a.deputyPersonId, a.deadline)
            from Action a
            where a.status not in :closed
              and a.deadline <= :until
            order by a.deadline, a.id""")
    List<DeadlineItem> findDeadlinesNotIn(@Param("closed") Collection<ActionStatus> closed, @Param("until") LocalDate until);

    /** "Open" as {@link ActionScope} defines it, like every other reading of actions. */
    default List<DeadlineItem> findOpenDeadlines(LocalDate until) {
        return findDeadlinesNotIn(ActionScope.CLOSED, until);
    }

    @Query("""
            select new de.lenkwerk.action.DeadlineItem(a.id, a.number, a.title, a.bodyId, a.ownerPersonId,
                   a.deputyPersonId, a.deadline)
            from Action a
            where a.status not in :closed
              and (a.ownerPersonId = :personId or a.deputyPersonId = :personId)
            order by a.deadline, a.id""")
    List<DeadlineItem> findDeadlinesOfNotIn(@Param("closed") Collection<ActionStatus> closed,
                                       @Param("personId") long personId);

    default List<DeadlineItem> findOpenDeadlinesOf(long personId) {
        return findDeadlinesOfNotIn(ActionScope.CLOSED, personId);
    }

    @Query("select a.id from Action a where a.ownerPersonId = :personId or a.deputyPersonId = :personId")
    List<Long> findIdsOwnedOrDeputisedBy(@Param("personId") long personId);

    @Query("""
            select new de.lenkwerk.action.DeadlineItem(a.id, a.number, a.title, a.bodyId, a.ownerPersonId,
                   a.deputyPersonId, a.deadline)
            from Action a
            where a.status not in :closed
              and a.bodyId = :bodyId
            order by a.number""")
    List<DeadlineItem> findOfBodyNotIn(@Param("closed") Collection<ActionStatus> closed, @Param("bodyId") long bodyId);

    default List<DeadlineItem> findOpenOfBody(long bodyId) {
        return findOfBodyNotIn(ActionScope.CLOSED, bodyId);
    }
}

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByActionIdOrderById(Long actionId);

    List<Indicator> findByActionIdIn(Collection<Long> actionIds);
}

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    @Query("select m from Measurement m where m.indicatorId = :indicatorId order by m.measuredOn desc, m.id desc")
    List<Measurement> findLatestFirst(@Param("indicatorId") long indicatorId, Pageable pageable);

    @Query("select m from Measurement m where m.indicatorId = :indicatorId order by m.measuredOn, m.id")
    List<Measurement> findOldestFirst(@Param("indicatorId") long indicatorId);

    @Query("""
            select new de.lenkwerk.action.MeasurementChange(i.name, i.unit, m.value, m.measuredOn,
                   m.reportedBy, m.createdAt)
            from Measurement m join Indicator i on i.id = m.indicatorId
            where i.actionId = :actionId and m.createdAt >= :since
            order by m.createdAt, m.id""")
    List<MeasurementChange> findNewSince(@Param("actionId") long actionId,
                                                   @Param("since") java.time.LocalDateTime since);
}

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    @Query("select u from ProgressUpdate u where u.actionId = :actionId order by u.reportedAt desc, u.id desc")
    List<ProgressUpdate> findTimeline(@Param("actionId") long actionId, Pageable pageable);

    @Query("""
            select u from ProgressUpdate u where u.actionId = :actionId and u.reportedAt >= :since
            order by u.reportedAt, u.id""")
    List<ProgressUpdate> findSince(@Param("actionId") long actionId, @Param("since") java.time.LocalDateTime since);
}

interface ActionDecisionRepository extends JpaRepository<ActionDecision, Long> {

    @Query("""
            select new de.lenkwerk.action.DecisionItem(d.id, d.meetingId, d.actionId, a.number, a.title, d.kind,
                   d.comment, d.oldDeadline, d.newDeadline, d.decidedBy, d.decidedAt)
            from ActionDecision d, Action a
            where a.id = d.actionId and d.meetingId = :meetingId
            order by d.decidedAt, d.id""")
    List<DecisionItem> findByMeeting(@Param("meetingId") long meetingId);
}
