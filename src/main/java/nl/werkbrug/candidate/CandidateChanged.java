package nl.werkbrug.candidate;

/** Published whenever a candidate profile is created, changed or erased. */
public record CandidateChanged(CandidateId candidateId, boolean erased) {
}
