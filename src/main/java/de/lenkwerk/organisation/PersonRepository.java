package de.lenkwerk.organisation;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    @Query("""
            select p from Person p left join fetch p.organisation o
            where :filter = '' or lower(p.fullName) like concat('%', :filter, '%')
               or lower(o.name) like concat('%', :filter, '%') or lower(o.shortName) like concat('%', :filter, '%')
            order by p.fullName
            """)
    List<Person> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(p) from Person p left join p.organisation o
            where :filter = '' or lower(p.fullName) like concat('%', :filter, '%')
               or lower(o.name) like concat('%', :filter, '%') or lower(o.shortName) like concat('%', :filter, '%')
            """)
    long countSearch(@Param("filter") String filter);

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);
}
