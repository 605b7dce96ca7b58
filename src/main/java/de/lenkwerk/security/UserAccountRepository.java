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

    /** Names are stored normalised ({@link Usernames}); look them up normalised, never "ignoring case" again. */
    Optional<UserAccount> findByUsername(String username);

    /** Loads for an edit and bumps the version even if only the linked person changes. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<UserAccount> findForUpdateById(Long id);

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

    /** Bulk updates: sign-ins must not collide with an administrator editing the same account. */
    @Modifying
    @Query("update UserAccount a set a.lockedUntil = :until where a.id = :id")
    int markLocked(@Param("id") long id, @Param("until") LocalDateTime until);

    @Modifying
    @Query("update UserAccount a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :now where a.id = :id")
    int recordSuccess(@Param("id") long id, @Param("now") LocalDateTime now);

    /** The rehash on sign-in: only if the hash is still the one that was checked (no reset in between). */
    @Modifying
    @Query("update UserAccount a set a.passwordHash = :upgraded where a.id = :id and a.passwordHash = :checked")
    int upgradeHash(@Param("id") long id, @Param("checked") String checked, @Param("upgraded") String upgraded);

    @Query("select a.mustChangePassword from UserAccount a where a.id = :id")
    Optional<Boolean> mustChangePassword(@Param("id") long id);

    @Query("select a.username from UserAccount a")
    List<String> findAllUsernames();
}
