package nl.werkbrug.security;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who saw or changed whose personal data, and why. Entries are written in
 * the caller's transaction, so a change and its record are stored together or not at all.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, String subjectId, @Nullable String purpose) {
        jdbc.sql("""
                        insert into audit_event (actor, action, subject_type, subject_id, purpose)
                        values (?, ?, ?, ?, ?)""")
                .params(CurrentUser.actorName(), action, subjectType, subjectId, purpose)
                .update();
    }

    /** How many entries concern one subject; for tests and the administrator's overview. */
    @Transactional(readOnly = true)
    public long count(String subjectType, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where subject_type = ? and subject_id = ?")
                .params(subjectType, subjectId).query(Long.class).single();
    }
}
