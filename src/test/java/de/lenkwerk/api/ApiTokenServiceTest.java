package de.lenkwerk.api;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.security.CurrentUser;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal API tokens: shown once, stored as a hash, owned by one person, seen and revoked by administrators. */
@ServiceTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    TestData fixture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;

    private TestData.Account anna;
    private TestData.Account ben;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        anna = fixture.account("Anna");
        ben = fixture.account("Ben");
        today = fixture.today();
    }

    @Test
    void theSecretIsHandedOutOnceAndOnlyItsSha256IsStored() {
        fixture.signIn(anna);
        var created = tokens.create(new NewApiToken("  BI-Auswertung ", ApiTokenScope.READ, today.plusDays(90)));
        var second = tokens.create(new NewApiToken("Zweiter", ApiTokenScope.READ, today.plusDays(90)));

        assertThat(created.secret()).matches("lw_[A-Za-z0-9_-]{43}").isNotEqualTo(second.secret());
        assertThat(Base64.getUrlDecoder().decode(created.secret().substring(3))).as("256 random bits").hasSize(32);
        var row = jdbc.queryForMap("select * from api_token where id = ?", created.token().id());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokenService.hash(created.secret()));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(created.secret().substring(3)));
        assertThat(created.token().hint()).isEqualTo(created.secret().substring(0, 9));
        assertThat(created.token().name()).isEqualTo("BI-Auswertung");
        assertThat(tokens.mine()).extracting(ApiTokenItem::id).containsExactly(second.token().id(), created.token().id());
        assertThat(tokens.mine().getFirst().toString()).doesNotContain(second.secret());
    }

    @Test
    void aTokenNeedsANameAndExpiresBetweenTomorrowAndAYearAhead() {
        fixture.signIn(anna);
        assertThatThrownBy(() -> tokens.create(new NewApiToken(" ", ApiTokenScope.READ, today.plusDays(5))))
                .isInstanceOf(ConstraintViolationException.class);
        for (var expiry : new LocalDate[]{today, today.minusDays(1), today.plusDays(NewApiToken.MAX_DAYS + 1)}) {
            assertThatThrownBy(() -> tokens.create(new NewApiToken("X", ApiTokenScope.READ, expiry)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("api-token.error.expiry"));
        }
        assertThat(tokens.create(new NewApiToken("Y", ApiTokenScope.READ, today.plusDays(NewApiToken.MAX_DAYS)))
                .token().state()).isEqualTo(ApiTokenState.ACTIVE);
    }

    @Test
    void someoneElsesTokenIsNotThereForThemAndOnlyAdministratorsSeeAndRevokeEveryToken() {
        var annas = fixture.as(anna, () -> tokens.create(new NewApiToken("Annas", ApiTokenScope.READ_WRITE,
                today.plusDays(30))));
        fixture.signIn(ben);
        assertThat(tokens.mine()).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(annas.token().id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> tokens.all(org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);

        var admin = fixture.administrator("Admin");
        fixture.signIn(admin);
        var listed = tokens.all(org.springframework.data.domain.PageRequest.of(0, 200)).stream()
                .filter(t -> t.id().equals(annas.token().id())).findFirst().orElseThrow();
        assertThat(listed.ownerName()).isEqualTo(anna.name());
        var revoked = tokens.revoke(annas.token().id());
        assertThat(revoked.state()).isEqualTo(ApiTokenState.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo(admin.name());
        assertThat(tokens.authenticate(annas.secret(), "192.0.2.1")).isEmpty();
        assertThat(fixture.as(anna, () -> tokens.mine()).getFirst().state()).isEqualTo(ApiTokenState.REVOKED);
    }

    @Test
    void aTokenSignsInAsExactlyItsUserAndItsScopeOnlyTakesWritingAway() {
        var read = fixture.as(anna, () -> tokens.create(new NewApiToken("R", ApiTokenScope.READ, today.plusDays(3))));
        var write = fixture.as(anna, () -> tokens.create(new NewApiToken("W", ApiTokenScope.READ_WRITE,
                today.plusDays(3))));

        var reader = tokens.authenticate(read.secret(), "192.0.2.1").orElseThrow().authentication();
        var writer = tokens.authenticate(write.secret(), "192.0.2.1").orElseThrow().authentication();

        assertThat(reader.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_USER", "API_READ");
        assertThat(writer.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_USER", "API_READ", "API_WRITE");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(writer);
        SecurityContextHolder.setContext(context);
        assertThat(currentUser.require().accountId()).isEqualTo(anna.accountId());
        assertThat(currentUser.require().personId()).isEqualTo(anna.personId());
        assertThat(currentUser.isAdministrator()).isFalse();
        assertThat(tokens.authenticate(read.secret().substring(0, 45) + "x", "192.0.2.1")).isEmpty();
        assertThat(tokens.authenticate("lw_kurz", "192.0.2.1")).isEmpty();
    }
}
