package nl.werkbrug.candidate;

/** Where an occupation or skill of a profile came from. */
public enum ItemSource {
    /** Read from a CV, not yet looked at by the person. */
    PARSED,
    /** Read from a CV and kept by the person or their jobhunter. */
    CONFIRMED,
    /** Chosen by hand. */
    ENTERED
}
