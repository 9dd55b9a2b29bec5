package nl.werkbrug.placement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateNoteRepository extends JpaRepository<CandidateNote, UUID> {

    List<CandidateNote> findByCandidateIdOrderByWrittenAtDesc(UUID candidateId);

    long deleteByCandidateId(UUID candidateId);
}
