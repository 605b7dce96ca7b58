package de.lenkwerk.history;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    List<ChangeEntry> findByActionIdOrderByChangedAtDescIdDesc(Long actionId, Pageable pageable);

    long countByActionId(Long actionId);

    List<ChangeEntry> findByActionIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(Long actionId,
                                                                                         java.time.LocalDateTime since);

    List<ChangeEntry> findByActionIdInAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(Collection<Long> actionIds,
                                                                                           java.time.LocalDateTime since);

    @Query("""
            select new de.lenkwerk.history.ActionChangeTime(c.actionId, c.changedAt) from ChangeEntry c
            where c.actionId is not null order by c.changedAt desc, c.id desc""")
    List<ActionChangeTime> findNewestOfActions(Pageable pageable);
}
