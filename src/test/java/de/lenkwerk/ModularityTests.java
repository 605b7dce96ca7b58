package de.lenkwerk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /** A new module must be named here, so that the product can still be read from the package list. */
    @Test
    void theProductCanBeReadFromTheModuleList() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("action", "admin", "api", "base", "body", "calendar", "dashboard", "demo",
                                "history", "meeting", "meetingmode", "notification", "oparl", "organisation",
                                "paper", "report", "security", "statusround");
    }
}
