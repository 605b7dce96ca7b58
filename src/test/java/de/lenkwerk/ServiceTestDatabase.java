package de.lenkwerk;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;

/**
 * The database of the {@link ServiceTest} context, apart from the demo context's: on H2 a second in-memory database,
 * on PostgreSQL ({@code -Ppostgres}, one database for the whole suite) a schema of its own that Flyway creates and
 * migrates. Apart, because the demo loader skips its data when it finds bodies, so service-test bodies in the shared
 * schema would leave the demo context empty whenever the service context started first.
 */
public class ServiceTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String H2_URL = "jdbc:h2:mem:lenkwerk-service-tests;DB_CLOSE_DELAY=-1";
    static final String SCHEMA = "service_tests";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        var url = environment.getProperty("spring.datasource.url", "");
        var properties = new HashMap<String, Object>();
        if (url.startsWith("jdbc:postgresql:")) {
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            properties.put("spring.flyway.default-schema", SCHEMA);
            properties.put("spring.flyway.schemas", SCHEMA);
        } else {
            properties.put("spring.datasource.url", H2_URL);
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("serviceTestDatabase", properties));
    }
}
