package nl.werkbrug.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import org.jspecify.annotations.Nullable;

/** A candidate's whole profile, for the person themself, their jobhunter and administrators. */
public record CandidateProfile(CandidateId id, ContactDetails contact, NewcomerGroup group, UUID locationId,
                               CefrLevel dutchLevel, Map<String, CefrLevel> otherLanguages,
                               @Nullable Integer educationLevel, Map<String, Integer> occupations,
                               Set<String> skills, Set<Certificate> certificates,
                               Availability availability, RightToWork rightToWork,
                               @Nullable Instant matchingConsentAt, LocalDate intakeDate,
                               @Nullable UUID userId, @Nullable UUID jobhunterId, Map<String, ItemSource> sources) {
}
