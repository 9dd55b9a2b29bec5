package nl.werkbrug.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log, with who the actor is as far as their account still tells:
 * {@code actorRole} is a role name, {@code SYSTEM} for work of the system itself, or empty when the
 * account no longer exists.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorName, String actorRole,
                         String action, String subjectType, String subjectId, @Nullable String purpose) {
}
