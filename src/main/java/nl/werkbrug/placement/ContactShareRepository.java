package nl.werkbrug.placement;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactShareRepository extends JpaRepository<ContactShare, UUID> {

    List<ContactShare> findByCandidateIdOrderBySharedAtDesc(UUID candidateId);

    boolean existsByCandidateIdAndEmployerIdAndWithdrawnAtIsNull(UUID candidateId, UUID employerId);

    boolean existsByIntroductionIdAndWithdrawnAtIsNull(UUID introductionId);

    long deleteByCandidateId(UUID candidateId);
}
