package de.lenkwerk.api;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is a valid OpenAPI 3.1 description of exactly what is served: every /api/v1 endpoint that
 * Spring MVC maps is in it with its method, and nothing in it is not served.
 */
@ServiceTest
class OpenApiDocumentTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData fixture;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient api;
    private JsonNode document;
    private String text;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context, fixture, tokens);
        var answer = api.get(null, "/api/v1/openapi.json");
        assertThat(answer.getResponse().getStatus()).as("public, without a token").isEqualTo(200);
        text = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        document = api.body(answer);
    }

    @Test
    void theDocumentIsAValidOpenApi31Description() throws Exception {
        assertThat(document.get("openapi").asString()).startsWith("3.1.");
        assertThat(document.get("info").get("title").asString()).isNotBlank();
        assertThat(document.get("info").get("version").asString()).isNotBlank();
        assertThat(document.get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        OpenAPI parsed = Json31.mapper().readValue(text, OpenAPI.class);
        assertThat(parsed.getPaths()).isNotEmpty();

        var operationIds = new HashSet<String>();
        document.get("paths").properties().forEach(path -> {
            var declared = new TreeSet<String>();
            TEMPLATE.matcher(path.getKey()).results().forEach(m -> declared.add(m.group(1)));
            path.getValue().properties().forEach(operation -> {
                var where = operation.getKey() + " " + path.getKey();
                assertThat(Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace"))
                        .as(where).contains(operation.getKey());
                var op = operation.getValue();
                assertThat(operationIds.add(op.get("operationId").asString())).as("unique operationId " + where).isTrue();
                assertThat(op.get("responses").properties()).as(where).isNotEmpty();
                var pathParameters = new TreeSet<String>();
                if (op.has("parameters")) {
                    op.get("parameters").forEach(p -> {
                        if (p.get("in").asString().equals("path")) {
                            assertThat(p.get("required").asBoolean()).as(where + " " + p).isTrue();
                            pathParameters.add(p.get("name").asString());
                        }
                    });
                }
                assertThat(pathParameters).as("path parameters of " + where).isEqualTo(declared);
            });
        });

        // every reference points at a component that is there
        var schemas = document.get("components").get("schemas");
        assertThat(document.findValues("$ref")).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref.asString()).startsWith("#/components/schemas/");
            assertThat(schemas.has(ref.asString().substring("#/components/schemas/".length()))).as(ref.asString()).isTrue();
        });

        // and every schema is a valid JSON Schema 2020-12, the dialect of OpenAPI 3.1
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        schemas.properties().forEach(schema ->
                assertThat(metaSchema.validate(schema.getValue())).as(schema.getKey()).isEmpty());
    }

    @Test
    void everyServedEndpointIsInTheDocumentAndNothingElse() {
        var served = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.springdoc")
                    || method.getBeanType().getSimpleName().equals("UnknownApiAddressController")) {
                return; // the document, its page and the answer for unknown addresses are not part of the API
            }
            for (var pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m ->
                            served.add(m.name().toLowerCase(Locale.ROOT) + " " + pattern));
                }
            }
        });
        var documented = new TreeSet<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey() + " " + path.getKey())));

        assertThat(served).as("the API serves something").hasSizeGreaterThan(10);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void theBrowsablePageIsThereWithoutAToken() {
        var page = api.get(null, "/api/docs");
        assertThat(page.getResponse().getStatus()).isIn(200, 302);
        var location = page.getResponse().getRedirectedUrl();
        if (location != null) {
            var target = api.get(null, location.replaceFirst("^https?://[^/]+", ""));
            assertThat(target.getResponse().getStatus()).isEqualTo(200);
        }
    }
}
