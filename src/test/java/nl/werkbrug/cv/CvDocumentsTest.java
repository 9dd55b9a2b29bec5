package nl.werkbrug.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.werkbrug.cv.internal.CvFixtures;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.support.Http;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Stored CV documents against the real database and the real Tika worker: upload, background reading,
 * the original file with its checksum, another try, recovery from an interrupted reading, retention,
 * deletion, and who may see them.
 */
@IntegrationTest
class CvDocumentsTest {

    private static final String TOKEN = "demo-token";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CvDocuments documents;
    @Autowired
    CvReadingJobs jobs;
    @Autowired
    AuditLog auditLog;
    @TempDir
    Path dir;

    @Test
    void a_stored_cv_is_read_in_the_background_kept_unchanged_read_again_and_deleted() throws Exception {
        UUID candidate = someCandidate();
        byte[] pdf = Files.readAllBytes(CvFixtures.textPdf(dir));
        var created = http().upload("/api/v1/cv/documents?candidateId=" + candidate, TOKEN, "mijn cv.pdf", pdf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        JsonNode document = json.readTree(created.body());
        String id = document.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/cv/documents/" + id);
        assertThat(document.get("sha256").asString()).isEqualTo(CvDocuments.sha256(pdf));

        JsonNode read = awaitEnd(id);
        assertThat(read.get("status").asString()).isEqualTo("READ");
        assertThat(read.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(read.get("language").asString()).isEqualTo("nl");
        assertThat(read.get("result").get("skills").isArray()).isTrue();
        assertThat(read.get("attempts").asInt()).isEqualTo(1);

        var file = http().bytes("/api/v1/cv/documents/" + id + "/file", TOKEN);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).startsWith("attachment"));

        var list = json.readTree(http().get("/api/v1/cv/documents?candidateId=" + candidate, TOKEN).body());
        assertThat(list.valueStream().map(d -> d.get("id").asString())).contains(id);

        assertThat(http().post("/api/v1/cv/documents/" + id + "/retry", TOKEN, "").statusCode()).isEqualTo(202);
        JsonNode again = awaitEnd(id);
        assertThat(again.get("status").asString()).isEqualTo("READ");
        assertThat(again.get("attempts").asInt()).isEqualTo(2);

        assertThat(http().delete("/api/v1/cv/documents/" + id, TOKEN).statusCode()).isEqualTo(204);
        assertThat(http().get("/api/v1/cv/documents/" + id, TOKEN).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from cv_file where document_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();
        assertThat(auditLog.count("cv_document", id)).isEqualTo(1);
    }

    @Test
    void a_file_that_cannot_be_read_fails_with_its_code_and_the_file_is_kept_for_another_try() throws Exception {
        UUID candidate = someCandidate();
        byte[] encrypted = Files.readAllBytes(CvFixtures.encryptedPdf(dir));
        var created = http().upload("/api/v1/cv/documents?candidateId=" + candidate, TOKEN, "cv.pdf", encrypted);
        String id = json.readTree(created.body()).get("id").asString();
        JsonNode failed = awaitEnd(id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asString()).isEqualTo("ENCRYPTED");
        assertThat(http().bytes("/api/v1/cv/documents/" + id + "/file", TOKEN).body()).isEqualTo(encrypted);
        assertThat(http().get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(http().upload("/api/v1/cv/documents?candidateId=" + candidate, TOKEN, "big.pdf",
                new byte[CvDocuments.MAX_BYTES + 1]).statusCode()).isEqualTo(413);
    }

    @Test
    void an_interrupted_reading_is_queued_again_and_given_up_after_three_attempts() throws Exception {
        UUID candidate = someCandidate();
        byte[] docx = Files.readAllBytes(CvFixtures.docx(dir));
        String id = json.readTree(http().upload("/api/v1/cv/documents?candidateId=" + candidate, TOKEN, "cv.docx",
                docx).body()).get("id").asString();
        awaitEnd(id);
        // as if the server died while reading: status READING, started long ago
        crashedWhileReading(id, 1);
        jobs.sweep();
        JsonNode recovered = awaitEnd(id);
        assertThat(recovered.get("status").asString()).isEqualTo("READ");
        assertThat(recovered.get("attempts").asInt()).isEqualTo(2);

        crashedWhileReading(id, CvReadingJobs.MAX_ATTEMPTS);
        jobs.sweep();
        JsonNode given = awaitEnd(id);
        assertThat(given.get("status").asString()).isEqualTo("FAILED");
        assertThat(given.get("failure").asString()).isEqualTo("TIMEOUT");
    }

    @Test
    void documents_past_their_retention_are_removed_and_logged() throws Exception {
        UUID candidate = someCandidate();
        String id = json.readTree(http().upload("/api/v1/cv/documents?candidateId=" + candidate, TOKEN, "cv.txt",
                Files.readAllBytes(CvFixtures.text(dir))).body()).get("id").asString();
        awaitEnd(id);
        jdbc.sql("update cv_document set retain_until = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(id)).update();
        assertThat(documents.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(http().get("/api/v1/cv/documents/" + id, TOKEN).statusCode()).isEqualTo(404);
        assertThat(auditLog.count("cv_document", id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("newcomer")
    void a_newcomer_cannot_reach_the_cv_of_someone_else() throws Exception {
        UUID other = jdbc.sql("""
                        select id from candidate
                        where user_id is distinct from (select id from app_user where username = 'newcomer')
                        order by id limit 1""").query(UUID.class).single();
        assertThatThrownBy(() -> documents.upload(other, "cv.txt", new byte[] {'a'}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.forCandidate(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("jobhunter")
    void a_jobhunter_opening_a_cv_is_logged_once_not_at_every_poll() {
        UUID own = jdbc.sql("""
                        select c.id from candidate c join app_user u on u.id = c.jobhunter_id
                        where u.username = 'jobhunter' order by c.id limit 1""").query(UUID.class).single();
        var document = documents.upload(own, "cv.txt", "Werkervaring\nKok".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long logged = auditLog.count("candidate", own.toString());
        for (int i = 0; i < 5; i++) {
            documents.status(document.id());
        }
        assertThat(auditLog.count("candidate", own.toString())).isEqualTo(logged);
        documents.find(document.id());
        assertThat(auditLog.count("candidate", own.toString())).isEqualTo(logged + 1);
    }

    @Test
    @WithUserDetails("employer")
    void employers_never_reach_cv_files() {
        assertThatThrownBy(() -> documents.find(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    private void crashedWhileReading(String id, int attempts) {
        jdbc.sql("update cv_document set status = 'READING', attempts = ?, started_at = ? where id = ?")
                .params(attempts, Timestamp.from(Instant.now().minus(Duration.ofHours(1))), UUID.fromString(id))
                .update();
    }

    private JsonNode awaitEnd(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode document;
        do {
            Thread.sleep(200);
            var response = http().get("/api/v1/cv/documents/" + id, TOKEN);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            document = json.readTree(response.body());
        } while (!document.get("status").asString().matches("READ|FAILED") && System.nanoTime() < deadline);
        return document;
    }

    private UUID someCandidate() {
        return jdbc.sql("select id from candidate where user_id is null order by id limit 1").query(UUID.class).single();
    }

    private Http http() {
        return new Http(port);
    }
}
