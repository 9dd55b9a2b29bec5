package nl.werkbrug.candidate;

import java.util.Optional;
import java.util.UUID;
import nl.werkbrug.cv.CandidateAccess;
import org.springframework.stereotype.Component;

/** CV documents follow the access rules of the candidate they belong to. */
@Component
class CvAccessForCandidates implements CandidateAccess {

    private final CandidateService candidates;

    CvAccessForCandidates(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Override
    public void check(UUID candidateId, String purpose) {
        candidates.checkAccess(new CandidateId(candidateId), purpose);
    }

    @Override
    public void checkQuietly(UUID candidateId) {
        candidates.checkAccess(new CandidateId(candidateId), null);
    }

    @Override
    public Optional<UUID> own() {
        return candidates.ownId().map(CandidateId::value);
    }
}
