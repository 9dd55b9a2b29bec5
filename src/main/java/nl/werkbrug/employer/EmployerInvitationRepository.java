package nl.werkbrug.employer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerInvitationRepository extends JpaRepository<EmployerInvitation, UUID> {

    Optional<EmployerInvitation> findByTokenHash(String tokenHash);

    List<EmployerInvitation> findByEmployerIdOrderByCreatedAtDesc(UUID employerId);
}
