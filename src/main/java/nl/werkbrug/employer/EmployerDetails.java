package nl.werkbrug.employer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the municipality sees of an employer when it decides on a registration, and what the employer
 * sees of its own: the contact person, the workplaces, the status and the reason given with a
 * rejection or suspension.
 */
public record EmployerDetails(EmployerId id, String name, @Nullable String kvkNumber, String sector,
                              @Nullable String municipality, @Nullable String contactName,
                              @Nullable String contactEmail, @Nullable String contactPhone, Set<UUID> locationIds,
                              EmployerStatus status, @Nullable String reviewReason, @Nullable Instant reviewedAt,
                              Instant createdAt) {
}
