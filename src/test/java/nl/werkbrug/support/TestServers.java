package nl.werkbrug.support;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the servers integration tests run on: external ones when {@code DATABASE_URL} (a JDBC URL,
 * with {@code DATABASE_USER}/{@code DATABASE_PASSWORD}) or {@code ES_URL} are set; containers when a
 * Docker engine is available; otherwise the embedded servers the application starts itself.
 */
public class TestServers implements EnvironmentPostProcessor, Ordered {

    private static @Nullable Map<String, Object> containers;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String database = System.getenv("DATABASE_URL");
        String search = System.getenv("ES_URL");
        if (database != null) {
            properties.put("spring.datasource.url", database);
            properties.put("spring.datasource.username", env("DATABASE_USER", "postgres"));
            properties.put("spring.datasource.password", env("DATABASE_PASSWORD", ""));
        }
        if (search != null) {
            properties.put("spring.elasticsearch.uris", search);
        }
        if (database == null && search == null && !"false".equals(System.getenv("WERKBRUG_TEST_CONTAINERS"))
                && DockerClientFactory.instance().isDockerAvailable()) {
            properties.putAll(containers());
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("werkbrug-test-servers", properties));
        }
    }

    private static synchronized Map<String, Object> containers() {
        if (containers == null) {
            var postgres = new PostgreSQLContainer("postgres:18");
            var elasticsearch = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.2.0")
                    .withEnv("xpack.security.enabled", "false");
            postgres.start();
            elasticsearch.start();
            containers = Map.of("spring.datasource.url", postgres.getJdbcUrl(),
                    "spring.datasource.username", postgres.getUsername(),
                    "spring.datasource.password", postgres.getPassword(),
                    "spring.elasticsearch.uris", "http://" + elasticsearch.getHttpHostAddress());
        }
        return containers;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
