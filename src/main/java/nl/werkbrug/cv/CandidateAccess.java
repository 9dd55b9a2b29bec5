package nl.werkbrug.cv;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may work with a candidate's CV documents. The module that owns candidates answers it (this
 * module knows candidates only by their ID), so that CVs follow the same access rules as profiles.
 */
public interface CandidateAccess {

    /**
     * Returns normally when the signed-in user may work with this candidate, and records the access
     * in the audit log when it is someone other than the person themselves; throws otherwise
     * ({@code AccessDeniedException}, or {@code NotFoundException} for an unknown candidate).
     */
    void check(UUID candidateId, String purpose);

    /** As {@link #check}, without an audit entry: for repeated looks (a status poll) at what was logged. */
    void checkQuietly(UUID candidateId);

    /** The signed-in person's own candidate ID, when they have a profile. */
    Optional<UUID> own();
}
