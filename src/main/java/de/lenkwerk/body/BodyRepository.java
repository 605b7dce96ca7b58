package de.lenkwerk.body;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface BodyRepository extends JpaRepository<Body, Long> {

    /** {@code ids} always holds -1, so that an empty visibility still makes valid SQL. */
    @Query("""
            select b from Body b
            where (:all = true or b.id in :ids)
              and (:archived = true or b.archived = false)
              and (:filter = '' or lower(b.name) like concat('%', :filter, '%')
                   or lower(b.shortName) like concat('%', :filter, '%'))
            """)
    List<Body> search(@Param("all") boolean all, @Param("ids") Collection<Long> ids, @Param("archived") boolean archived,
                      @Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(b) from Body b
            where (:all = true or b.id in :ids)
              and (:archived = true or b.archived = false)
              and (:filter = '' or lower(b.name) like concat('%', :filter, '%')
                   or lower(b.shortName) like concat('%', :filter, '%'))
            """)
    long countSearch(@Param("all") boolean all, @Param("ids") Collection<Long> ids, @Param("archived") boolean archived,
                     @Param("filter") String filter);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByActionPrefixIgnoreCaseAndIdNot(String prefix, Long id);

    List<Body> findByOparlPublicTrueOrderById();

    @Query("select b.name from Body b where b.id = :id")
    String findNameById(@Param("id") Long id);
}
