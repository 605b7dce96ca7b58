package de.lenkwerk.organisation;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    TestData fixture;

    private TestData.Account administrator;

    @BeforeEach
    void setUp() {
        administrator = fixture.administrator("Administration");
    }

    @Test
    void anAdministratorCreatesAndRenamesAnOrganisation() {
        fixture.signIn(administrator);
        var name = "Jobcenter Görlitz " + UUID.randomUUID();
        var created = organisations.create(new OrganisationData("  " + name + " ", "JC GR", OrganisationType.JOBCENTER, true));
        assertThat(created.name()).isEqualTo(name);

        var renamed = organisations.update(created.id(), created.version(),
                new OrganisationData(name + " (neu)", "JC GR", OrganisationType.JOBCENTER, false));

        assertThat(renamed.name()).endsWith("(neu)");
        assertThat(renamed.active()).isFalse();
        assertThat(renamed.version()).isGreaterThan(created.version());
    }

    @Test
    void twoOrganisationsCannotShareAName() {
        fixture.signIn(administrator);
        var existing = organisations.create(new OrganisationData("Jobcenter Bautzen " + fixture.unique(), "JC BZ",
                OrganisationType.JOBCENTER, true));

        assertThatThrownBy(() -> organisations.create(
                new OrganisationData(existing.name().toLowerCase(java.util.Locale.GERMAN), "JC", OrganisationType.JOBCENTER, true)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.error.duplicate-name"));
        assertThat(organisations.count(existing.name())).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerOneSurvives() {
        fixture.signIn(administrator);
        var created = organisations.create(new OrganisationData("Träger " + UUID.randomUUID(), "T", OrganisationType.TRAEGER, true));
        organisations.update(created.id(), created.version(), new OrganisationData(created.name(), "T1", created.type(), true));

        assertThatThrownBy(() -> organisations.update(created.id(), created.version(),
                new OrganisationData(created.name(), "T2", created.type(), true)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisations.get(created.id()).orElseThrow().shortName()).isEqualTo("T1");
    }

    @Test
    void blankOrOverlongInputIsRefused() {
        fixture.signIn(administrator);
        assertThatThrownBy(() -> organisations.create(new OrganisationData(" ", "X", OrganisationType.KAMMER, true)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> organisations.create(new OrganisationData("Y".repeat(201), "X", OrganisationType.KAMMER, true)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void everyoneSignedInReadsOrganisationsButOnlyAdministratorsChangeThem() {
        fixture.signIn(fixture.account("Leser"));
        var token = fixture.unique();
        var leipzig = fixture.organisation("Jobcenter Leipzig " + token);
        var dresden = fixture.organisation("Jobcenter Dresden " + token);
        fixture.organisation("Stadt Dresden " + token);

        var page = organisations.search("jobcenter", PageRequest.of(0, 500, Sort.by("name")));
        assertThat(page).extracting(OrganisationItem::name).contains(dresden.name(), leipzig.name());
        assertThat(organisations.search("jobcenter dresden " + token, PageRequest.of(0, 5)))
                .extracting(OrganisationItem::id).containsExactly(dresden.id());
        assertThat(organisations.count(token)).isEqualTo(3);

        assertThatThrownBy(() -> organisations.create(new OrganisationData("Neu", "N", OrganisationType.SONSTIGE, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> organisations.search("", PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
