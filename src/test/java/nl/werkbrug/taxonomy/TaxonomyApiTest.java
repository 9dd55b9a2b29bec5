package nl.werkbrug.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class TaxonomyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void searches_occupations_by_dutch_job_title() throws Exception {
        var response = new Http(port).get("/api/v1/occupations/search?q=vorkheftruckbestuurder&lang=nl&limit=3",
                "demo-token");
        assertThat(response.statusCode()).isEqualTo(200);
        var first = json.readTree(response.body()).get("occupations").get(0);
        assertThat(first.get("uri").asString()).isEqualTo(TaxonomySearchTest.FORKLIFT_OPERATOR);
        assertThat(first.get("label").asString()).isEqualTo("heftruckchauffeur");
        assertThat(first.get("iscoCode").asString()).isEqualTo("8344");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void labels_answer_in_the_requested_language() throws Exception {
        var response = new Http(port).get("/api/v1/occupations/search?q=heftruckchauffeur&lang=en&limit=1",
                "demo-token");
        assertThat(json.readTree(response.body()).get("occupations").get(0).get("label").asString())
                .isEqualTo("forklift operator");
    }

    @Test
    void extracts_skills_from_a_text_best_first() throws Exception {
        var response = new Http(port).post("/api/v1/skills/extract", "demo-token", """
                {"text": "Five years of experience with JavaScript and SQL. I speak English.", "language": "en", "limit": 5}""");
        assertThat(response.statusCode()).isEqualTo(200);
        var skills = json.readTree(response.body()).get("skills");
        assertThat(skills.size()).isBetween(1, 5);
        var labels = new java.util.ArrayList<String>();
        skills.forEach(s -> labels.add(s.get("label").asString()));
        assertThat(labels).contains("JavaScript", "SQL");
        assertThat(skills.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(skills.get(skills.size() - 1)
                .get("score").asDouble());
    }

    @Test
    void needs_the_cv_scope() {
        assertThat(new Http(port).get("/api/v1/occupations/search?q=kok", null).statusCode()).isEqualTo(401);
    }
}
