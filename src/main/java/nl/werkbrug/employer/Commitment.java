package nl.werkbrug.employer;

/**
 * What an inclusive employer commits to for newcomers. The audit asks for a network of such
 * employers; these are the commitments that decide whether a workplace fits someone who is still
 * learning Dutch, follows language classes, or needs a work permit (TWV).
 */
public enum Commitment {
    /** Help with Dutch on the job: simple instructions, a glossary, time to practise. */
    LANGUAGE_SUPPORT,
    /** A buddy or mentor among the colleagues for the first months. */
    BUDDY_OR_MENTOR,
    /** Working hours planned around the days of language class. */
    FLEXIBLE_HOURS_FOR_CLASSES,
    /** Staff trained to work with status holders and other newcomers. */
    STAFF_TRAINED,
    /** Willing to apply for a work permit (TWV) for an asylum seeker. */
    WILLING_TO_APPLY_TWV,
    /** Offers dual trajectories: work combined with learning Dutch. */
    OFFERS_DUAL_TRAJECTORIES,
    /** Reachable by public transport. */
    PUBLIC_TRANSPORT
}
