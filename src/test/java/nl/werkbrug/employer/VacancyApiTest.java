package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Public vacancies through the API: the filters, and schema.org JobPosting JSON-LD. */
@IntegrationTest
class VacancyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void open_vacancies_are_filtered_by_type_location_and_occupation() throws Exception {
        var volunteering = json.readTree(new Http(port).get("/api/v1/vacancies?type=VOLUNTEER&limit=500", "demo-token")
                .body());
        assertThat(volunteering.size()).isPositive();
        volunteering.forEach(v -> assertThat(v.get("type").asString()).isEqualTo("VOLUNTEER"));

        var some = jdbc.sql("select location_id, occupation_uri from vacancy where status = 'OPEN' order by id limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        var here = json.readTree(new Http(port).get("/api/v1/vacancies?limit=500&location=" + some[0], "demo-token")
                .body());
        assertThat(here.size()).isPositive();
        here.forEach(v -> assertThat(v.get("locationId").asString()).isEqualTo(some[0]));
        var kind = json.readTree(new Http(port).get("/api/v1/vacancies?limit=500&occupation="
                + java.net.URLEncoder.encode(some[1], java.nio.charset.StandardCharsets.UTF_8), "demo-token").body());
        assertThat(kind.size()).isPositive();
        kind.forEach(v -> assertThat(v.get("occupationUri").asString()).isEqualTo(some[1]));
        kind.forEach(v -> assertThat(v.get("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void an_open_vacancy_is_a_schema_org_job_posting_and_one_in_review_is_not_public() throws Exception {
        UUID id = jdbc.sql("""
                select id from vacancy where status = 'OPEN' and type = 'JOB' and hourly_wage is not null
                order by id limit 1""").query(UUID.class).single();
        var response = new Http(port).get("/api/v1/vacancies/" + id + "/jobposting", "demo-token");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        var posting = json.readTree(response.body());
        assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("hiringOrganization").get("name").asString()).isNotBlank();
        assertThat(posting.get("baseSalary").get("currency").asString()).isEqualTo("EUR");
        assertThat(posting.get("baseSalary").get("value").get("unitText").asString()).isEqualTo("HOUR");
        assertThat(posting.get("jobLocation").get("address").get("addressCountry").asString()).isEqualTo("NL");
        assertThat(posting.get("occupationalCategory").get("inCodeSet").asString()).isEqualTo("ISCO-08");
        assertThat(posting.get("datePosted").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        var list = json.readTree(new Http(port).get("/api/v1/vacancies/jobpostings?type=JOB&limit=5", "demo-token")
                .body());
        assertThat(list.size()).isBetween(1, 5);
        list.forEach(p -> assertThat(p.get("@type").asString()).isEqualTo("JobPosting"));

        jdbc.sql("update vacancy set status = 'IN_REVIEW' where id = ?").param(id).update();
        try {
            assertThat(new Http(port).get("/api/v1/vacancies/" + id + "/jobposting", "demo-token").statusCode())
                    .isEqualTo(404);
        } finally {
            jdbc.sql("update vacancy set status = 'OPEN' where id = ?").param(id).update();
        }
    }
}
