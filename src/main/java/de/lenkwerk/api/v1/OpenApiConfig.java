package de.lenkwerk.api.v1;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 document's frame: what the API is, and that every operation wants a personal bearer token. */
@Configuration
class OpenApiConfig {

    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI lenkwerkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lenkwerk REST API").version("1")
                        .description("Bodies, meetings, actions, indicators and the status report, with the rights of "
                                + "the token's user. Writes need If-Match with the ETag last read; errors are "
                                + "application/problem+json in the language of Accept-Language (de, en)."))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token, made under \"Mein Profil\" → \"API-Schlüssel\"")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
