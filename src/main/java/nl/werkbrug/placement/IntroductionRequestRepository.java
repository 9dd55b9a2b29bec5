package nl.werkbrug.placement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntroductionRequestRepository extends JpaRepository<IntroductionRequest, UUID> {

    List<IntroductionRequest> findByVacancyIdOrderByRequestedAtDesc(UUID vacancyId);

    List<IntroductionRequest> findByLocationIdInOrderByRequestedAtDesc(Collection<UUID> locationIds);

    List<IntroductionRequest> findAllByOrderByRequestedAtDesc();

    List<IntroductionRequest> findByVacancyIdAndCandidateId(UUID vacancyId, UUID candidateId);

    List<IntroductionRequest> findByCandidateIdOrderByRequestedAtDesc(UUID candidateId);

    List<IntroductionRequest> findByCandidateIdInAndStatus(Collection<UUID> candidateIds, IntroductionStatus status);

    List<IntroductionRequest> findByEmployerIdAndStatusOrderByRequestedAtDesc(UUID employerId, IntroductionStatus status);

    /** Requests a jobhunter declined or a candidate refused before a moment. */
    @Query("""
            select r from IntroductionRequest r
            where (r.status = nl.werkbrug.placement.IntroductionStatus.DECLINED and r.handledAt < ?1)
               or (r.status = nl.werkbrug.placement.IntroductionStatus.REFUSED and r.answeredAt < ?1)""")
    List<IntroductionRequest> findClosedBefore(Instant before);

    long deleteByCandidateId(UUID candidateId);
}
