package de.lenkwerk.history;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SecurityEventRepository extends JpaRepository<SecurityEventRow, Long>,
        JpaSpecificationExecutor<SecurityEventRow> {
}
