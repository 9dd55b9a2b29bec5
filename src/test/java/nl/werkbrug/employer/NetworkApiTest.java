package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.security.ApiScope;
import nl.werkbrug.security.ApiTokenService;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** The network directory through the API: listed employers with their commitments, behind the employers scope. */
@IntegrationTest
class NetworkApiTest {

    @LocalServerPort
    int port;
    @Autowired
    EmployerService employers;
    @Autowired
    EmployerNetwork network;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void lists_the_listed_employers_with_their_commitments_to_a_token_with_the_employers_scope() throws Exception {
        String marker = "Api" + UUID.randomUUID().toString().substring(0, 8);
        var listed = SystemTask.call("test", () -> {
            var created = employers.register(new NewEmployer(marker + " Bakkerij", null, "voedingsindustrie", "Zeist",
                    null, null));
            network.updateProfile(created.id(), new ProfileChange(Set.of(Commitment.WILLING_TO_APPLY_TWV,
                    Commitment.PUBLIC_TRANSPORT), "Brood en banket.", "bakkerij.example", true));
            var hidden = employers.register(new NewEmployer(marker + " Verborgen", null, "voedingsindustrie", "Zeist",
                    null, null));
            network.updateProfile(hidden.id(), new ProfileChange(Set.of(Commitment.WILLING_TO_APPLY_TWV), "", null,
                    false));
            return created;
        });

        var response = new Http(port).get("/api/v1/network/employers?q=" + marker
                + "&commitment=WILLING_TO_APPLY_TWV", "demo-token");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var found = json.readTree(response.body());
        assertThat(found.size()).isEqualTo(1);
        var entry = found.get(0);
        assertThat(entry.get("id").asString()).isEqualTo(listed.id().value().toString());
        assertThat(entry.get("website").asString()).isEqualTo("https://bakkerij.example");
        var commitments = new java.util.ArrayList<String>();
        entry.get("commitments").forEach(c -> commitments.add(c.asString()));
        assertThat(commitments).containsExactlyInAnyOrder("WILLING_TO_APPLY_TWV", "PUBLIC_TRANSPORT");
        assertThat(entry.get("openVacancies").size()).isZero();

        assertThat(json.readTree(new Http(port).get("/api/v1/network/employers?q=" + marker
                + "&commitment=LANGUAGE_SUPPORT", "demo-token").body()).size()).isZero();

        String vacanciesOnly = SystemTask.call("test", () -> tokens.create(users.findId("jobhunter").orElseThrow(),
                "vacancies only", EnumSet.of(ApiScope.VACANCIES), null));
        assertThat(new Http(port).get("/api/v1/network/employers", vacanciesOnly).statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/api/v1/network/employers", null).statusCode()).isEqualTo(401);
    }
}
