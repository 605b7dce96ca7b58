package de.lenkwerk.body;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** The roles a person holds today, per body. */
    @Query("""
            select m.bodyId as bodyId, m.role as role from Membership m
            where m.personId = :personId and m.removedAt is null
              and (m.validFrom is null or m.validFrom <= :today)
              and (m.validTo is null or m.validTo >= :today)
            """)
    List<BodyRoleRow> findActiveRoles(@Param("personId") long personId, @Param("today") LocalDate today);

    interface BodyRoleRow {
        Long getBodyId();

        MembershipRole getRole();
    }

    @Query("""
            select new de.lenkwerk.body.MembershipItem(m.id, m.version, m.bodyId, m.personId, p.fullName,
                   m.organisationId, o.name, m.role, m.validFrom, m.validTo)
            from Membership m join Person p on p.id = m.personId left join Organisation o on o.id = m.organisationId
            where m.bodyId = :bodyId and m.removedAt is null
            order by case m.role when de.lenkwerk.body.MembershipRole.CHAIR then 0
                                 when de.lenkwerk.body.MembershipRole.SECRETARIAT then 1
                                 when de.lenkwerk.body.MembershipRole.MEMBER then 2
                                 when de.lenkwerk.body.MembershipRole.GUEST then 3 else 4 end, p.fullName
            """)
    List<MembershipItem> findItems(@Param("bodyId") long bodyId, Pageable pageable);

    @Query("""
            select new de.lenkwerk.body.MembershipItem(m.id, m.version, m.bodyId, m.personId, p.fullName,
                   m.organisationId, o.name, m.role, m.validFrom, m.validTo)
            from Membership m join Person p on p.id = m.personId left join Organisation o on o.id = m.organisationId
            where m.id = :id and m.removedAt is null
            """)
    Optional<MembershipItem> findItem(@Param("id") long id);

    @Query("select count(m) from Membership m where m.bodyId = :bodyId and m.removedAt is null")
    long countByBodyId(@Param("bodyId") Long bodyId);

    /** Every membership of a body but its readers, removed ones included, with person and organisation names. */
    @Query("""
            select m, p.fullName, o.name
            from Membership m join Person p on p.id = m.personId left join Organisation o on o.id = m.organisationId
            where m.bodyId = :bodyId and m.role <> de.lenkwerk.body.MembershipRole.READER
            order by m.id
            """)
    List<Object[]> findPublishable(@Param("bodyId") long bodyId);
}
