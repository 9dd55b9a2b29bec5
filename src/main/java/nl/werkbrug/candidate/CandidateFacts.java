package nl.werkbrug.candidate;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the placement of a candidate needs to know besides their ID, and nothing personal: where and
 * since when they are in the route, the account to notify and their own jobhunter.
 */
public record CandidateFacts(CandidateId id, UUID locationId, LocalDate intakeDate, @Nullable UUID userId,
                             @Nullable UUID jobhunterId) {
}
