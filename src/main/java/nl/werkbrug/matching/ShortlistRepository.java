package nl.werkbrug.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShortlistRepository extends JpaRepository<ShortlistEntry, UUID> {

    List<ShortlistEntry> findByVacancyIdOrderByAddedAt(UUID vacancyId);

    List<ShortlistEntry> findByCandidateIdOrderByAddedAt(UUID candidateId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from ShortlistEntry e where e.candidateId = ?1")
    int deleteByCandidate(UUID candidateId);

    Optional<ShortlistEntry> findByVacancyIdAndCandidateId(UUID vacancyId, UUID candidateId);
}
