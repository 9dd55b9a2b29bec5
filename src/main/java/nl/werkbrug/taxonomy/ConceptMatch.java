package nl.werkbrug.taxonomy;

/** A concept found for a query: its URI, the label shown (in the asked language where there is one) and a score in 0..1. */
public record ConceptMatch(String uri, String label, double score, String matchedLabel) {
}
