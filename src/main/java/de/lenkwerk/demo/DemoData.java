package de.lenkwerk.demo;

import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.security.AccountData;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * Loads the demo installation once: the organisations of the Saxon integration landscape and four accounts,
 * all with the password {@value #PASSWORD}. It goes through the services, so the data obeys every rule.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-zugang-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisations;
    private final AccountService accounts;

    DemoData(OrganisationService organisations, AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (accounts.count("geschaeftsstelle") > 0) {
                return;
            }
            var orgs = createOrganisations();
            account("admin", "Thomas Richter", "thomas.richter@dresden.example", orgs.get("Stadt DD"), true);
            account("geschaeftsstelle", "Sabine Hoffmann", "sabine.hoffmann@dresden.example", orgs.get("Stadt DD"), false);
            account("verantwortlich", "Markus Lehmann", "markus.lehmann@jobcenter-dresden.example", orgs.get("JC DD"), false);
            account("leser", "Claudia Neumann", "claudia.neumann@rd-sachsen.example", orgs.get("RD SN"), false);
            log.info("Demo data loaded; demo accounts use the password '{}'", PASSWORD);
        });
    }

    private Map<String, OrganisationItem> createOrganisations() {
        var created = new HashMap<String, OrganisationItem>();
        Object[][] rows = {
                {"Landeshauptstadt Dresden", "Stadt DD", OrganisationType.KOMMUNE},
                {"Jobcenter Dresden", "JC DD", OrganisationType.JOBCENTER},
                {"Agentur für Arbeit Dresden", "AA DD", OrganisationType.AGENTUR_FUER_ARBEIT},
                {"Stadt Leipzig", "Stadt L", OrganisationType.KOMMUNE},
                {"Jobcenter Leipzig", "JC L", OrganisationType.JOBCENTER},
                {"Jobcenter Chemnitz", "JC C", OrganisationType.JOBCENTER},
                {"Jobcenter Zwickau", "JC Z", OrganisationType.JOBCENTER},
                {"Regionaldirektion Sachsen der Bundesagentur für Arbeit", "RD SN", OrganisationType.AGENTUR_FUER_ARBEIT},
                {"IQ Netzwerk Sachsen", "IQ SN", OrganisationType.NETZWERK},
                {"IBAS – Informations- und Beratungsstelle Anerkennung Sachsen", "IBAS", OrganisationType.TRAEGER},
                {"exis Europa e. V.", "exis", OrganisationType.TRAEGER},
                {"Industrie- und Handelskammer Dresden", "IHK DD", OrganisationType.KAMMER},
                {"Handwerkskammer Dresden", "HWK DD", OrganisationType.KAMMER},
        };
        for (var row : rows) {
            var data = new OrganisationData((String) row[0], (String) row[1], (OrganisationType) row[2], true);
            var existing = organisations.search((String) row[0], PageRequest.of(0, 1)).stream()
                    .filter(o -> o.name().equals(row[0])).findFirst();
            created.put((String) row[1], existing.orElseGet(() -> organisations.create(data)));
        }
        return created;
    }

    private void account(String username, String name, String email, OrganisationItem organisation, boolean admin) {
        if (accounts.count(username) > 0) {
            return;
        }
        accounts.create(new AccountData(username, name, email, organisation.id(), admin, true), PASSWORD);
    }
}
