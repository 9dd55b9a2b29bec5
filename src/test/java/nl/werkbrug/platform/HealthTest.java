package nl.werkbrug.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void health_is_public_and_shows_database_and_search_status_without_details() {
        var health = new Http(port).get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"}", "\"elasticsearch\":{\"status\":\"UP\"}");
        assertThat(health.body()).doesNotContain("jdbc:", "127.0.0.1", "version");
    }

    @Test
    void readiness_includes_database_and_search() {
        var readiness = new Http(port).get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"elasticsearch\"", "UP");
    }
}
