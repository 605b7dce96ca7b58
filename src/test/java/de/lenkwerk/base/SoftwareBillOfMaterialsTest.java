package de.lenkwerk.base;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes a CycloneDX SBOM onto the class path (and so into the jar), for the operator's vulnerability
 * scanner: it must name the application and the libraries that really run, each with version and package URL.
 */
class SoftwareBillOfMaterialsTest {

    static final String LOCATION = "/META-INF/sbom/application.cdx.json";

    @Test
    void theBuildWritesACycloneDxBillOfTheRunningLibraries() throws IOException {
        JsonNode bom;
        try (var in = getClass().getResourceAsStream(LOCATION)) {
            // the plugin needs Maven online (it skips itself with -o): ./mvnw verify, as CI runs it, writes it
            assertThat(in).as("the SBOM at " + LOCATION + " (cyclonedx-maven-plugin, generate-resources, not with -o)")
                    .isNotNull();
            bom = JsonMapper.builder().build().readTree(in);
        }

        assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("lenkwerk");
        List<String> purls = new ArrayList<>();
        bom.path("components").forEach(component -> {
            assertThat(component.path("version").asString()).as(component.path("name").asString()).isNotBlank();
            purls.add(component.path("purl").asString());
        });
        assertThat(purls).anyMatch(purl -> purl.startsWith("pkg:maven/com.vaadin/flow-server@"))
                .anyMatch(purl -> purl.startsWith("pkg:maven/org.apache.poi/poi-ooxml@"))
                .anyMatch(purl -> purl.startsWith("pkg:maven/org.springframework/spring-core@"))
                .anyMatch(purl -> purl.startsWith("pkg:maven/com.h2database/h2@"))
                .anyMatch(purl -> purl.startsWith("pkg:maven/org.postgresql/postgresql@"));
        assertThat(purls).as("test-only libraries are no part of what runs")
                .noneMatch(purl -> purl.startsWith("pkg:maven/com.microsoft.playwright/"));
    }
}
