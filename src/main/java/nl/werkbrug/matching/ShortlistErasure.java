package nl.werkbrug.matching;

import nl.werkbrug.candidate.CandidateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a candidate is erased, their shortlist entries go in the same transaction (synchronously, so
 * the erasure is complete or not done at all); the search index follows through {@link SearchSync}.
 */
@Component
class ShortlistErasure {

    private final ShortlistRepository entries;

    ShortlistErasure(ShortlistRepository entries) {
        this.entries = entries;
    }

    @EventListener(condition = "#event.erased()")
    void on(CandidateChanged event) {
        entries.deleteByCandidate(event.candidateId().value());
    }
}
