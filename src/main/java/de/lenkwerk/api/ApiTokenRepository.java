package de.lenkwerk.api;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** A person's own tokens, newest first; revoked ones only while they are recent enough to matter. */
    @Query("""
            select t from ApiToken t where t.accountId = :accountId and (t.revokedAt is null or t.revokedAt >= :since)
            order by t.createdAt desc, t.id desc
            """)
    List<ApiToken> findOwn(@Param("accountId") long accountId, @Param("since") LocalDateTime since, Pageable pageable);

    @Query("select count(t) from ApiToken t where t.accountId = :accountId and t.revokedAt is null")
    long countUnrevoked(@Param("accountId") long accountId);

    @Query("select t from ApiToken t order by t.createdAt desc, t.id desc")
    List<ApiToken> findNewestFirst(Pageable pageable);

    /** A bulk update, so that using a token never collides with revoking it. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at, t.lastUsedFrom = :from where t.id = :id")
    int recordUse(@Param("id") long id, @Param("at") LocalDateTime at, @Param("from") String from);
}
