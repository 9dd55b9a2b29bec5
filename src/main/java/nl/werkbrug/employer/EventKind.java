package nl.werkbrug.employer;

/**
 * What kind of meeting a network event is; the region's job fair for speakers of other languages
 * is a {@code JOB_FAIR}.
 */
public enum EventKind {
    JOB_FAIR, INFO_SESSION, OTHER
}
