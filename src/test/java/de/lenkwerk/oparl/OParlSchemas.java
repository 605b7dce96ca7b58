package de.lenkwerk.oparl;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official OParl 1.1 JSON schemas (test resources {@code oparl-1.1/schema}, copied unchanged from the
 * specification, CC BY-SA 4.0) with networknt's json-schema-validator 3. The schemas name no dialect, so they are
 * read as draft 4, their era; OParl's own format {@code url} is checked as an absolute http(s) address.
 */
final class OParlSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft4()).format(new UrlFormat())
                    // OParl's own annotations for generating its documentation; they do not constrain
                    .keywords(List.of(new NonValidationKeyword("references"), new NonValidationKeyword("schema"),
                            new NonValidationKeyword("backreference"), new NonValidationKeyword("cardinality")))
                    .build());
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema errors of an OParl object, chosen by its {@code type} ({@code https://schema.oparl.org/1.1/X}). */
    List<Error> errors(JsonNode object) {
        var type = object.path("type").asString("");
        if (!type.startsWith(OParlObjects.SCHEMA)) {
            throw new AssertionError("not an OParl object: " + object);
        }
        return schema(type.substring(OParlObjects.SCHEMA.length())).validate(object);
    }

    private Schema schema(String name) {
        return schemas.computeIfAbsent(name, n -> {
            var resource = "/oparl-1.1/schema/" + n + ".json";
            try (var in = OParlSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new AssertionError("no OParl schema " + resource);
                }
                return registry.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final class UrlFormat implements Format {

        @Override
        public String getName() {
            return "url";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            try {
                var uri = URI.create(value);
                return uri.isAbsolute() && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                       && uri.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
