package de.lenkwerk.history;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    List<ChangeEntry> findByActionIdOrderByChangedAtDescIdDesc(Long actionId, Pageable pageable);

    long countByActionId(Long actionId);

    List<ChangeEntry> findByActionIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(Long actionId,
                                                                                         java.time.LocalDateTime since);
}
