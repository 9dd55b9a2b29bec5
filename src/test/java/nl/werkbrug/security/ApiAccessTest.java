package nl.werkbrug.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
@WithUserDetails("admin")
class ApiAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    CandidateService candidates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ObjectMapper json;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void answers_401_without_a_token_and_with_an_unknown_one() {
        assertThat(http.get("/api/v1/vacancies", null).statusCode()).isEqualTo(401);
        var wrong = http.get("/api/v1/vacancies", "wb_not-a-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void answers_200_with_the_demo_token() {
        for (String path : new String[] {"/api/v1/vacancies", "/api/v1/candidates", "/api/v1/organisations",
                "/api/v1/locations", "/api/v1/employers"}) {
            assertThat(http.get(path, "demo-token").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_token_cannot_be_used_beyond_its_scopes() {
        String vacanciesOnly = (tokens.create(
                users.findId("jobhunter").orElseThrow(), "vacancies only", EnumSet.of(ApiScope.VACANCIES), null));
        assertThat(http.get("/api/v1/vacancies", vacanciesOnly).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/candidates", vacanciesOnly).statusCode()).isEqualTo(403);
    }

    @Test
    void a_newcomer_reads_their_own_profile_but_not_another_candidates() throws Exception {
        UserId newcomer = (users.findId("newcomer").orElseThrow());
        String token = (tokens.create(newcomer, "newcomer app",
                Set.of(ApiScope.CANDIDATES), null));
        var all = json.readTree(http.get("/api/v1/candidates?limit=500", "demo-token").body());
        String own = null;
        String other = null;
        for (var candidate : all) {
            String id = candidate.get("id").asString();
            var profile = json.readTree(http.get("/api/v1/candidates/" + id, "demo-token").body());
            if (profile.get("userId") != null && newcomer.toString().equals(profile.get("userId").asString())) {
                own = id;
            } else {
                other = id;
            }
        }
        assertThat(own).isNotNull();
        assertThat(other).isNotNull();
        assertThat(http.get("/api/v1/candidates/" + own, token).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/candidates/" + other, token).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/candidates", token).statusCode()).isEqualTo(403);
    }

    @Test
    void a_revoked_token_no_longer_works() {
        String summary = tokens.create(users.findId("admin").orElseThrow(), "short-lived",
                EnumSet.of(ApiScope.ORGANISATIONS), null);
        assertThat(http.get("/api/v1/organisations", summary).statusCode()).isEqualTo(200);
        tokens.list().stream().filter(t -> t.name().equals("short-lived")).forEach(t -> tokens.revoke(t.id()));
        assertThat(http.get("/api/v1/organisations", summary).statusCode()).isEqualTo(401);
    }

    @Test
    void a_jobhunter_registers_a_candidate_and_the_read_by_others_is_audited() throws Exception {
        String jobhunterToken = (tokens.create(users.findId("jobhunter").orElseThrow(),
                "jobhunter", EnumSet.of(ApiScope.CANDIDATES, ApiScope.ORGANISATIONS), null));
        var locations = json.readTree(http.get("/api/v1/locations", jobhunterToken).body());
        String kamp = null;
        for (var location : locations) {
            if (location.get("name").asString().equals("azc Kamp van Zeist")) {
                kamp = location.get("id").asString();
            }
        }
        String body = """
                {"contact": {"givenName": "Testa", "familyName": "Persoon", "email": "testa@example.org"},
                 "group": "ASYLUM_SEEKER", "locationId": "%s", "dutchLevel": "A1",
                 "otherLanguages": {"ar": "C2", "en": "B1"}, "educationLevel": 4,
                 "occupations": {"http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f": 24},
                 "skills": ["http://data.europa.eu/esco/skill/3c73898b-04a6-4e3a-b84a-3a032277c916"],
                 "availability": {"from": "2026-12-01", "hoursMin": 16, "hoursMax": 32,
                                  "days": ["MONDAY", "TUESDAY"], "maxTravelKm": 25},
                 "rightToWork": {"asylumProcedureStart": "2026-03-01", "permitStatus": "NEEDED",
                                 "volunteerDeclaration": true},
                 "matchingConsent": true}""".formatted(kamp);
        var created = http.post("/api/v1/candidates", jobhunterToken, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        var read = json.readTree(http.get("/api/v1/candidates/" + id, jobhunterToken).body());
        assertThat(read.get("otherLanguages").get("ar").asString()).isEqualTo("C2");
        assertThat(read.get("rightToWork").get("permitStatus").asString()).isEqualTo("NEEDED");
        assertThat(read.get("availability").get("days")).hasSize(2);
        assertThat(read.get("sources").get("http://data.europa.eu/esco/skill/3c73898b-04a6-4e3a-b84a-3a032277c916")
                .asString()).isEqualTo("ENTERED");
        assertThat(auditLog.count("candidate", id)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void rejects_an_invalid_candidate_with_a_clear_message() {
        var incomplete = http.post("/api/v1/candidates", "demo-token", "{\"contact\": {\"givenName\": \"\"}}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("matchingConsent");
        var invalid = http.post("/api/v1/candidates", "demo-token", """
                {"contact": {"givenName": " ", "email": "not an address"}, "matchingConsent": false,
                 "group": "OTHER", "dutchLevel": "A1"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("contact.givenName", "contact.email", "locationId", "availability");
    }

    @Test
    void an_administrator_creates_a_token_through_the_api_and_others_cannot() throws Exception {
        var created = http.post("/api/v1/admin/tokens", "demo-token",
                "{\"username\": \"employer\", \"name\": \"hr system\", \"scopes\": [\"vacancies\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = json.readTree(created.body()).get("token").asString();
        assertThat(http.get("/api/v1/vacancies", token).statusCode()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/tokens", token,
                "{\"username\": \"employer\", \"name\": \"more\", \"scopes\": [\"admin\"]}").statusCode())
                .isEqualTo(403);
        assertThat(tokens.list()).anySatisfy(t -> assertThat(t.name()).isEqualTo("hr system"))
                .allSatisfy(t -> assertThat(t.toString()).doesNotContain(token));
    }

    @Test
    void documents_the_api_with_openapi() {
        var docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/candidates", "/api/v1/vacancies", "/api/v1/organisations");
    }
}
