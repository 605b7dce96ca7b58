package de.lenkwerk.history;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    List<ChangeEntry> findByActionIdOrderByChangedAtDescIdDesc(Long actionId, Pageable pageable);

    long countByActionId(Long actionId);

    List<ChangeEntry> findByRecordTypeAndRecordIdOrderByChangedAtDescIdDesc(RecordType recordType, Long recordId,
                                                                           Pageable pageable);

    long countByRecordTypeAndRecordId(RecordType recordType, Long recordId);

    List<ChangeEntry> findByBodyIdAndRecordTypeInOrderByChangedAtDescIdDesc(Long bodyId, Collection<RecordType> types,
                                                                           Pageable pageable);

    long countByBodyIdAndRecordTypeIn(Long bodyId, Collection<RecordType> types);

    List<ChangeEntry> findByActionIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(Long actionId,
                                                                                         java.time.LocalDateTime since);

    /** Unmanaged rows, not entities: a report reads many chunks in one transaction and must not collect them. */
    @Query("""
            select new de.lenkwerk.history.ActionChangeEntry(c.actionId, c.id, c.recordType, c.recordId,
                   c.field, c.oldValue, c.newValue, c.changedBy, c.actorAccountId, c.changedAt)
            from ChangeEntry c where c.actionId in :actionIds and c.changedAt >= :since
            order by c.changedAt, c.id""")
    List<ActionChangeEntry> findOfActionsSince(@Param("actionIds") Collection<Long> actionIds,
                                                 @Param("since") java.time.LocalDateTime since);

    @Query("""
            select new de.lenkwerk.history.ActionChangeTime(c.actionId, c.changedAt) from ChangeEntry c
            where c.actionId is not null order by c.changedAt desc, c.id desc""")
    List<ActionChangeTime> findNewestOfActions(Pageable pageable);

    @Query("""
            select new de.lenkwerk.history.ActionChangeTime(c.actionId, c.changedAt) from ChangeEntry c
            where c.actionId is not null and c.bodyId in :bodyIds order by c.changedAt desc, c.id desc""")
    List<ActionChangeTime> findNewestOfActionsIn(@Param("bodyIds") Collection<Long> bodyIds, Pageable pageable);
}
