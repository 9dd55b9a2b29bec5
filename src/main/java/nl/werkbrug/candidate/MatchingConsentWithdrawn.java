package nl.werkbrug.candidate;

/**
 * Published when a person who had consented to matching no longer does, besides {@link CandidateChanged}:
 * the search index drops them as soon as the change is committed, not only when the change reaches it.
 */
public record MatchingConsentWithdrawn(CandidateId candidateId) {
}
