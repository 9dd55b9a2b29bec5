package nl.werkbrug.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.werkbrug.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: the administrator's search (newest first) and its CSV download, and the
 * entries about one person for the download of their own data.
 */
@Service
public class AuditSearch {

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor, e.action, e.subject_type, e.subject_id, e.purpose,
                   u.display_name,
                   (select string_agg(r.role, ',' order by r.role) from app_user_role r where r.user_id = u.id) as roles
            from audit_event e left join app_user u on lower(u.username) = lower(e.actor)
            """;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AuditSearch(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** One page of the entries that pass the filters, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        var where = where(query);
        where.params.add(Math.max(limit, 0));
        where.params.add(Math.max(offset, 0));
        return jdbc.sql(SELECT + where.sql + " order by e.occurred_at desc, e.id desc limit ? offset ?")
                .params(where.params).query(AuditSearch::map).list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditQuery query) {
        var where = where(query);
        return jdbc.sql("select count(*) from audit_event e" + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** The entries that pass the filters as CSV (UTF-8), newest first; the download itself is logged. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] csv(AuditQuery query) {
        var where = where(query);
        var out = new ByteArrayOutputStream();
        out.writeBytes(Csv.line(List.of("occurred_at", "actor", "actor_name", "actor_role", "action", "subject_type",
                "subject_id", "purpose")).getBytes(StandardCharsets.UTF_8));
        jdbc.sql(SELECT + where.sql + " order by e.occurred_at desc, e.id desc").params(where.params)
                .query(AuditSearch::map).stream()
                .forEach(e -> out.writeBytes(Csv.line(List.of(e.occurredAt().toString(), e.actor(), e.actorName(),
                        e.actorRole(), e.action(), e.subjectType(), e.subjectId(),
                        e.purpose() == null ? "" : e.purpose())).getBytes(StandardCharsets.UTF_8)));
        auditLog.record("EXPORT", "audit", "csv", describe(query));
        return out.toByteArray();
    }

    /**
     * The entries about one subject, oldest first, for the download of a person's own data. The
     * caller makes sure the subject is the signed-in person (or acts as an administrator).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'ADMIN')")
    public List<AuditEntry> concerning(String subjectType, String subjectId) {
        return jdbc.sql(SELECT + " where e.subject_type = ? and e.subject_id = ? order by e.occurred_at, e.id")
                .params(subjectType, subjectId).query(AuditSearch::map).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditQuery query) {
        var sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (present(query.actor())) {
            sql.append(" and lower(e.actor) like ? escape '\\'");
            params.add("%" + like(query.actor().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (present(query.action())) {
            sql.append(" and e.action = ?");
            params.add(query.action().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (present(query.subjectType())) {
            sql.append(" and e.subject_type = ?");
            params.add(query.subjectType().strip());
        }
        if (present(query.subjectId())) {
            sql.append(" and e.subject_id = ?");
            params.add(query.subjectId().strip());
        }
        if (query.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and e.occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String describe(AuditQuery query) {
        String text = "filters: " + query;
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        String actor = rs.getString("actor");
        String name = rs.getString("display_name");
        String roles = rs.getString("roles");
        String role = actor.startsWith("system") ? "SYSTEM" : roles == null ? "" : roles;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), actor,
                name == null ? "" : name, role, rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("purpose"));
    }
}
