/**
 * Demo data for {@code ./mvnw spring-boot:run}, drawn from the IQ Netzwerk Sachsen newsletter. Only active in
 * the "demo" profile; the production jar never loads it.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"base", "security", "organisation", "body", "meeting", "action", "paper"})
package de.lenkwerk.demo;

import org.springframework.modulith.ApplicationModule;
