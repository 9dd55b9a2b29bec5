package nl.werkbrug.placement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateTaskRepository extends JpaRepository<CandidateTask, UUID> {

    List<CandidateTask> findByCandidateIdOrderByCreatedAtDesc(UUID candidateId);

    List<CandidateTask> findByCandidateIdInAndDoneAtIsNull(Collection<UUID> candidateIds);

    long deleteByCandidateId(UUID candidateId);
}
