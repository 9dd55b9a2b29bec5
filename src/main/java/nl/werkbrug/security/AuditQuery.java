package nl.werkbrug.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the audit log; each one left empty does not narrow. {@code actor} matches part of the
 * username, case-insensitive; the others match exactly; the period runs from the start of {@code from}
 * to the end of {@code to} (UTC).
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
                         @Nullable String subjectId, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}
