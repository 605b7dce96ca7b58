package de.lenkwerk.organisation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o
            where :filter = '' or lower(o.name) like concat('%', :filter, '%')
               or lower(o.shortName) like concat('%', :filter, '%')
            """)
    List<Organisation> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(o) from Organisation o
            where :filter = '' or lower(o.name) like concat('%', :filter, '%')
               or lower(o.shortName) like concat('%', :filter, '%')
            """)
    long countSearch(@Param("filter") String filter);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
