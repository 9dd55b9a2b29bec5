package nl.werkbrug.candidate;

/**
 * The track of an asylum procedure, as far as the rules on work depend on it. Since 12 June 2026 an
 * asylum seeker who is likely to be granted protection may work (with a permit) sooner, and one whose
 * application is handled as that of someone from a safe country may no longer get a work permit. The
 * track is a legal fact about the procedure, recorded by the jobhunter from the person's papers; it
 * never counts in a match's score.
 */
public enum AsylumTrack {
    /** Not recorded: the general waiting time applies. */
    UNKNOWN,
    /** The general procedure. */
    GENERAL,
    /** Likely to be granted protection (a high recognition rate for the person's situation). */
    LIKELY_GRANTED,
    /** Handled as an application from a safe country of origin. */
    SAFE_COUNTRY
}
