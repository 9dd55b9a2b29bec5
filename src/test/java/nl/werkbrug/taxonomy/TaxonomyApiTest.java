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

    static final String AUTOCAD = "http://data.europa.eu/esco/skill/76415d7f-0fde-4364-b45f-5c044580d2aa";
    static final String SPREADSHEETS = "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be";

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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "ar | خبرة في برنامج AutoCAD وبرنامج Microsoft Excel لمدة خمس سنوات",
            "uk | Досвід роботи з AutoCAD та Microsoft Excel, п'ять років",
            "fa | پنج سال تجربه کار با AutoCAD و Microsoft Excel"})
    void finds_the_latin_script_skills_in_arabic_ukrainian_and_farsi_text(String language, String text) {
        var response = new Http(port).post("/api/v1/skills/extract", "demo-token",
                "{\"text\": \"" + text + "\", \"language\": \"" + language + "\", \"limit\": 5}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var uris = new java.util.ArrayList<String>();
        json.readTree(response.body()).get("skills").forEach(s -> uris.add(s.get("uri").asString()));
        assertThat(uris).as(response.body()).contains(AUTOCAD, SPREADSHEETS);
    }

    @Test
    void needs_the_cv_scope() {
        assertThat(new Http(port).get("/api/v1/occupations/search?q=kok", null).statusCode()).isEqualTo(401);
    }
}
