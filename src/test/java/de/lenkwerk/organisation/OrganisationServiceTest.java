package de.lenkwerk.organisation;

import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LenkwerkTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesAndRenamesAnOrganisation() {
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
    @WithUserDetails("admin")
    void twoOrganisationsCannotShareAName() {
        assertThatThrownBy(() -> organisations.create(
                new OrganisationData("jobcenter dresden", "JC", OrganisationType.JOBCENTER, true)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.error.duplicate-name"));
    }

    @Test
    @WithUserDetails("admin")
    void aStaleEditIsRefusedAndTheNewerOneSurvives() {
        var created = organisations.create(new OrganisationData("Träger " + UUID.randomUUID(), "T", OrganisationType.TRAEGER, true));
        organisations.update(created.id(), created.version(), new OrganisationData(created.name(), "T1", created.type(), true));

        assertThatThrownBy(() -> organisations.update(created.id(), created.version(),
                new OrganisationData(created.name(), "T2", created.type(), true)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisations.get(created.id()).orElseThrow().shortName()).isEqualTo("T1");
    }

    @Test
    @WithUserDetails("admin")
    void blankOrOverlongInputIsRefused() {
        assertThatThrownBy(() -> organisations.create(new OrganisationData(" ", "X", OrganisationType.KAMMER, true)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> organisations.create(new OrganisationData("Y".repeat(201), "X", OrganisationType.KAMMER, true)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("leser")
    void everyoneSignedInReadsOrganisationsButOnlyAdministratorsChangeThem() {
        var page = organisations.search("jobcenter", PageRequest.of(0, 20, Sort.by("name")));
        assertThat(page).extracting(OrganisationItem::name).contains("Jobcenter Dresden", "Jobcenter Leipzig");
        assertThat(organisations.count("jobcenter")).isGreaterThanOrEqualTo(4);

        assertThatThrownBy(() -> organisations.create(new OrganisationData("Neu", "N", OrganisationType.SONSTIGE, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> organisations.search("", PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
