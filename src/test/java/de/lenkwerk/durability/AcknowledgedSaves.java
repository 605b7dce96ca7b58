package de.lenkwerk.durability;

import de.lenkwerk.Application;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.security.SystemActor;
import org.springframework.boot.SpringApplication;

/**
 * The application as production runs it (its own application.properties, an H2 file in the given data folder),
 * saving one organisation after the other through the service, as a form's save does. After each save has returned,
 * that is after its commit, it prints {@code ACK <name>}: what a user would have seen as "gespeichert". It runs until
 * it is killed ({@link CrashDurabilityTest}).
 */
public final class AcknowledgedSaves {

    private AcknowledgedSaves() {
    }

    public static void main(String[] args) {
        var context = SpringApplication.run(Application.class, args);
        var organisations = context.getBean(OrganisationService.class);
        System.out.println("READY");
        System.out.flush();
        for (int i = 1; ; i++) {
            var name = "Dauertest " + i;
            SystemActor.run(() -> organisations.create(
                    new OrganisationData(name, "DT" + name.hashCode(), OrganisationType.JOBCENTER, true)));
            System.out.println("ACK " + name);
            System.out.flush();
        }
    }
}
