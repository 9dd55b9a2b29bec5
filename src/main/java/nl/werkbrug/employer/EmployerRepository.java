package nl.werkbrug.employer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, UUID> {

    Optional<Employer> findByOrganisationId(UUID organisationId);

    boolean existsByKvkNumber(String kvkNumber);

    java.util.List<Employer> findByStatusOrderByCreatedAt(EmployerStatus status);

    List<Employer> findByStatusAndListedInNetworkTrue(EmployerStatus status);
}
