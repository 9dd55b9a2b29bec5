package nl.werkbrug.placement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntroductionRequestRepository extends JpaRepository<IntroductionRequest, UUID> {

    List<IntroductionRequest> findByVacancyIdOrderByRequestedAtDesc(UUID vacancyId);

    List<IntroductionRequest> findByLocationIdInOrderByRequestedAtDesc(Collection<UUID> locationIds);

    List<IntroductionRequest> findAllByOrderByRequestedAtDesc();

    List<IntroductionRequest> findByVacancyIdAndCandidateId(UUID vacancyId, UUID candidateId);
}
