package nl.werkbrug.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkbrug.shared.Csv;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The audit log cannot be changed or emptied, and administrators search it and download it as CSV. */
@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditSearch search;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_entry_can_be_neither_changed_nor_deleted() {
        String subject = UUID.randomUUID().toString();
        AsUser.run(users, "jobhunter", () -> auditLog.record("VIEW", "candidate", subject, "view"));
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where subject_id = ?")
                .param(subject).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where subject_id = ?").param(subject).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_event where subject_id = ?").param(subject).query(String.class)
                .list()).containsExactly("jobhunter");
    }

    @Test
    void an_administrator_filters_newest_first_and_downloads_the_rows_as_csv() throws Exception {
        String subject = UUID.randomUUID().toString();
        AsUser.run(users, "jobhunter", () -> auditLog.record("VIEW", "candidate", subject, "view"));
        Thread.sleep(5);
        AsUser.run(users, "jobhunter", () -> auditLog.record("MATCH", "candidate", subject, "match, with \"quotes\""));
        Thread.sleep(5);
        AsUser.run(users, "admin", () -> auditLog.record("VIEW", "candidate", subject, "view"));

        var all = AsUser.call(users, "admin", () -> search.search(
                new AuditQuery(null, null, "candidate", subject, null, null), 0, 10));
        assertThat(all).extracting(AuditEntry::action).containsExactly("VIEW", "MATCH", "VIEW");
        assertThat(all.getFirst().actor()).isEqualTo("admin");
        assertThat(all.getFirst().actorRole()).isEqualTo("ADMIN");
        assertThat(all.get(1).actorRole()).isEqualTo("JOBHUNTER");
        assertThat(AsUser.call(users, "admin", () -> search.search(
                new AuditQuery("JOBHUN", "view", null, subject, null, null), 0, 10)))
                .extracting(AuditEntry::actor).containsExactly("jobhunter");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(AsUser.call(users, "admin", () -> search.count(
                new AuditQuery(null, null, null, subject, today, today)))).isEqualTo(3);
        assertThat(AsUser.call(users, "admin", () -> search.count(
                new AuditQuery(null, null, null, subject, today.plusDays(1), null)))).isZero();
        assertThat(AsUser.call(users, "admin", () -> search.search(
                new AuditQuery(null, null, null, subject, null, null), 1, 1))).extracting(AuditEntry::action)
                .containsExactly("MATCH");

        byte[] csv = AsUser.call(users, "admin", () -> search.csv(new AuditQuery(null, null, null, subject, null, null)));
        var rows = Csv.read(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8)));
        assertThat(rows.getFirst()).startsWith("occurred_at", "actor");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).contains("jobhunter", "MATCH", subject, "match, with \"quotes\"");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and subject_type = 'audit' "
                + "and actor = 'admin'").query(Long.class).single()).isPositive();
    }

    @Test
    void only_administrators_search_the_audit_log() {
        assertThatThrownBy(() -> AsUser.call(users, "jobhunter", () -> search.search(AuditQuery.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(users, "municipality", () -> search.csv(AuditQuery.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
