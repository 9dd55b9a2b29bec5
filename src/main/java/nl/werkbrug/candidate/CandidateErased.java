package nl.werkbrug.candidate;

import java.util.UUID;

/**
 * Published in the transaction that erases a candidate, before {@link CandidateChanged}: modules
 * that keep anonymous counts replace the candidate's id by {@code anonymousId}, the same one the
 * monitor's count of erased people holds, so that one person stays one person in the counts.
 */
public record CandidateErased(CandidateId candidateId, UUID anonymousId) {
}
