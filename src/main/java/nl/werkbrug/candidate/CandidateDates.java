package nl.werkbrug.candidate;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dates of a candidate's route that reminders are about, and who looks after them; no name, no
 * contact details.
 */
public record CandidateDates(CandidateId id, NewcomerGroup group, LocalDate intakeDate, RightToWork rightToWork,
                             @Nullable UUID jobhunterId, UUID locationId) {
}
