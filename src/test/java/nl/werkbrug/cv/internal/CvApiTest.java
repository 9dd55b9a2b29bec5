package nl.werkbrug.cv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/v1/cv/parse} on real files read by the real Tika in its own JVM. */
@IntegrationTest
class CvApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @TempDir
    Path dir;

    @Test
    void reads_a_pdf_cv_into_language_occupations_and_skills() throws Exception {
        var response = upload(CvFixtures.textPdf(dir));
        System.out.println("[cv-api] " + response.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        assertThat(body.get("language").asString()).isEqualTo("nl");
        assertThat(body.get("occupations").isArray()).isTrue();
        assertThat(body.get("skills").isArray()).isTrue();
        assertThat(body.get("warnings").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "nl-orderpicker.txt, nl, EXPERIENCE",
            "en-engineer.txt, en, EXPERIENCE",
            "ar-accountant.txt, ar, EXPERIENCE",
            "uk-bookkeeper.txt, uk, EXPERIENCE",
            "fa-welder.txt, fa, EXPERIENCE"})
    void reads_cvs_in_five_languages_into_language_sections_dates_and_items_without_personal_details(String name,
            String language, String section) throws Exception {
        String text = new String(getClass().getResourceAsStream("/cv-text/" + name).readAllBytes(),
                StandardCharsets.UTF_8);
        var response = upload(CvFixtures.docx(dir, name.replace(".txt", ".docx"), text.lines().toList()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json.readTree(response.body());
        System.out.println("[cv-api] " + name + " -> " + response.body());
        assertThat(body.get("language").asString()).isEqualTo(language);
        assertThat(body.get("sections").valueStream().map(s -> s.get("kind").asString())).contains(section,
                "EDUCATION", "LANGUAGES");
        assertThat(body.get("dates").size()).isGreaterThanOrEqualTo(2);
        assertThat(body.get("experience").size()).isGreaterThanOrEqualTo(1);
        assertThat(body.get("experience").get(0).get("months").asInt()).isPositive();
        assertThat(body.get("languages").size()).isGreaterThanOrEqualTo(2);
        assertThat(body.get("education").get(0).get("level").isNull()).isFalse();
        assertThat(body.get("contacts").valueStream().map(c -> c.get("type").asString())).contains("EMAIL");
        if (!language.equals("nl") && !language.equals("en")) {
            assertThat(body.get("latinTerms").size()).isPositive();
            assertThat(body.get("warnings").valueStream().map(w -> w.asString())).contains("NON_LATIN_SCRIPT");
        } else {
            assertThat(body.get("occupations").size()).isPositive();
            assertThat(body.get("skills").size()).isPositive();
        }
        // personal details never come back, and contact values stay out of every item
        String items = body.get("skills").toString() + body.get("occupations") + body.get("experience")
                + body.get("education");
        for (var contact : body.get("contacts")) {
            assertThat(items).doesNotContain(contact.get("value").asString());
        }
        assertThat(body.get("contacts").valueStream().map(c -> c.get("type").asString()))
                .doesNotContain("DATE_OF_BIRTH", "NATIONALITY", "OTHER_PERSONAL");
    }

    @Test
    void refuses_hostile_and_broken_files_with_a_code_and_stays_healthy() throws Exception {
        expect(CvFixtures.elfAsPdf(dir), 415, "UNSUPPORTED_TYPE");
        expect(CvFixtures.encryptedPdf(dir), 422, "ENCRYPTED");
        expect(CvFixtures.pdfHeaderGarbage(dir), 422, "CORRUPT");
        expect(CvFixtures.emptyPagePdf(dir), 422, "NO_TEXT");
        expect(CvFixtures.elevenMegabytes(dir), 413, "TOO_LARGE");
        assertThat(new Http(port).get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(upload(CvFixtures.docx(dir)).statusCode()).isEqualTo(200);
    }

    private void expect(Path file, int status, String code) throws Exception {
        var response = upload(file);
        assertThat(response.statusCode()).as(file.getFileName() + " " + response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo(code);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> upload(Path file) throws IOException, InterruptedException {
        String boundary = "werkbrug-" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cv/parse"))
                .header("Authorization", "Bearer demo-token")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
