package nl.werkbrug.candidate;

import java.time.LocalDate;
import java.util.UUID;
import nl.werkbrug.shared.CefrLevel;

/** One line of a jobhunter's caseload. */
public record CandidateSummary(CandidateId id, String name, NewcomerGroup group, UUID locationId,
                               CefrLevel dutchLevel, LocalDate intakeDate, PermitStatus permitStatus,
                               boolean matchingConsent) {
}
