package de.lenkwerk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theProductCanBeReadFromTheModuleList() {
        org.assertj.core.api.Assertions.assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("base", "security", "organisation", "admin", "dashboard", "demo");
    }
}
