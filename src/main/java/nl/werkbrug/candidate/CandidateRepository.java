package nl.werkbrug.candidate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findByUserId(UUID userId);

    @Query("select c.id from Candidate c order by c.id")
    List<UUID> allIds();

    @Query("select c.id from Candidate c where c.updatedAt >= ?1 order by c.id")
    List<UUID> idsChangedSince(java.time.Instant since);

    @Query("select c.id, c.userId from Candidate c where c.updatedAt < ?1 order by c.id")
    List<Object[]> unchangedSince(java.time.Instant cutoff);


    /** Per candidate: id, group, intake date, the right-to-work facts, jobhunter and location. */
    @Query("""
            select c.id, c.newcomerGroup, c.intakeDate, c.asylumProcedureStart, c.permitStatus, c.permitStatusDate,
                   c.uwvNotifiedOn, c.volunteerDeclaration, c.jobhunterId, c.locationId
            from Candidate c order by c.id""")
    List<Object[]> allDates();
}
