package nl.werkbrug.candidate;

/**
 * Whether a candidate agreed to share their name and contact details with the employer of the
 * signed-in person. The module that keeps introductions answers it; this module only knows that an
 * employer may see contact details when the answer is yes.
 */
public interface ContactSharing {

    /** True only while an accepted introduction's share with the signed-in person's employer is not withdrawn. */
    boolean sharedWithMyEmployer(CandidateId candidate);
}
