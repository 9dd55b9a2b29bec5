package nl.werkbrug.candidate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateActivationRepository extends JpaRepository<CandidateActivation, UUID> {

    Optional<CandidateActivation> findByTokenHash(String tokenHash);

    List<CandidateActivation> findByCandidateId(UUID candidateId);
}
