package nl.werkbrug.platform;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL and Elasticsearch when no external database or search cluster is
 * configured, and points the datasource and the search client at them.
 */
public class EmbeddedServersEnvironmentPostProcessor implements org.springframework.boot.EnvironmentPostProcessor, Ordered {

    static final String DATA_DIR = "werkbrug.data-dir";
    static final String PROPERTY_SOURCE = "werkbrug-embedded-servers";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var settings = settings(environment);
        if (!settings.any()) {
            return;
        }
        var properties = EmbeddedServers.acquire(settings);
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        // Registered before every other bean, so destroyed after all of them: the servers stop last.
        application.addInitializers(context -> {
            var lease = new EmbeddedServers.Lease();
            var beans = (DefaultSingletonBeanRegistry) context.getBeanFactory();
            beans.registerSingleton("embeddedServersLease", lease);
            beans.registerDisposableBean("embeddedServersLease", lease);
        });
    }

    static EmbeddedSettings settings(ConfigurableEnvironment environment) {
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize();
        boolean postgres = !environment.containsProperty("spring.datasource.url")
                && environment.getProperty("werkbrug.embedded.postgres", Boolean.class, true);
        boolean elasticsearch = !environment.containsProperty("spring.elasticsearch.uris")
                && environment.getProperty("werkbrug.embedded.elasticsearch", Boolean.class, true);
        Path home = Path.of(environment.getProperty("werkbrug.embedded.elasticsearch-home",
                "target/elasticsearch/elasticsearch-9.2.0")).toAbsolutePath().normalize();
        return new EmbeddedSettings(dataDirectory, postgres, elasticsearch, home,
                environment.getProperty("werkbrug.embedded.elasticsearch-heap", "512m"),
                environment.getProperty("werkbrug.embedded.elasticsearch-user", "werkbrug-es"),
                environment.getProperty("werkbrug.embedded.clean-on-start", Boolean.class, false));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
