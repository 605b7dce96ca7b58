package de.lenkwerk.security;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** Loads for an edit and bumps the version even if only the linked person changes. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<UserAccount> findForUpdateById(Long id);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByPersonIdAndEnabledTrue(Long personId);

    boolean existsByPersonIdAndEnabledFalse(Long personId);

    /** Which of these people can sign in (have an enabled account). */
    @Query("select a.personId from UserAccount a where a.enabled = true and a.personId in :personIds")
    java.util.List<Long> findPersonIdsWithEnabledAccount(@Param("personIds") java.util.Collection<Long> personIds);

    /** One query for the whole page: account, person and organisation (Person lives in the organisation module). */
    @Query("""
            select new de.lenkwerk.security.AccountItem(a.id, a.version, a.username, p.fullName, p.email,
                   o.id, o.name, a.administrator, a.enabled, a.lockedUntil, a.lastLoginAt)
            from UserAccount a join Person p on p.id = a.personId left join p.organisation o
            where :filter = '' or lower(a.username) like concat('%', :filter, '%')
               or lower(p.fullName) like concat('%', :filter, '%')
               or lower(o.name) like concat('%', :filter, '%')
            """)
    List<AccountItem> search(@Param("filter") String filter, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a join Person p on p.id = a.personId left join p.organisation o
            where :filter = '' or lower(a.username) like concat('%', :filter, '%')
               or lower(p.fullName) like concat('%', :filter, '%')
               or lower(o.name) like concat('%', :filter, '%')
            """)
    long countSearch(@Param("filter") String filter);

    @Query("""
            select new de.lenkwerk.security.AccountItem(a.id, a.version, a.username, p.fullName, p.email,
                   o.id, o.name, a.administrator, a.enabled, a.lockedUntil, a.lastLoginAt)
            from UserAccount a join Person p on p.id = a.personId left join p.organisation o
            where a.id = :id
            """)
    Optional<AccountItem> findItem(@Param("id") long id);

    @Query("select p.fullName from Person p where p.id = :personId")
    Optional<String> findPersonName(@Param("personId") Long personId);

    /** Bulk updates: counting failures must not collide with an administrator editing the same account. */
    @Modifying
    @Query("update UserAccount a set a.failedLogins = a.failedLogins + 1 where lower(a.username) = lower(:username)")
    int countFailure(@Param("username") String username);

    @Modifying
    @Query("""
            update UserAccount a set a.lockedUntil = :until, a.failedLogins = 0
            where lower(a.username) = lower(:username) and a.failedLogins >= :max
            """)
    int lockIfTooMany(@Param("username") String username, @Param("max") int max, @Param("until") LocalDateTime until);

    @Modifying
    @Query("""
            update UserAccount a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :now
            where lower(a.username) = lower(:username)
            """)
    int recordSuccess(@Param("username") String username, @Param("now") LocalDateTime now);
}
