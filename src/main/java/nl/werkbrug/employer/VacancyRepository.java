package nl.werkbrug.employer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VacancyRepository extends JpaRepository<Vacancy, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Vacancy> {

    @Query("select v.id from Vacancy v order by v.id")
    List<UUID> allIds();

    @Query("select v.id from Vacancy v where v.updatedAt >= ?1 order by v.id")
    List<UUID> idsChangedSince(java.time.Instant since);

    @Query("select v from Vacancy v where v.employerId = ?1 order by v.createdAt desc, v.id")
    List<Vacancy> findByEmployer(UUID employerId, Pageable page);

    long countByEmployerId(UUID employerId);

    @Query("select v from Vacancy v where v.status = ?1 order by v.createdAt desc, v.id")
    List<Vacancy> findByStatus(VacancyStatus status, Pageable page);

    long countByStatus(VacancyStatus status);

    @Query("select v from Vacancy v where v.status = ?1 order by v.updatedAt, v.id")
    List<Vacancy> findByStatusOrderByUpdatedAt(VacancyStatus status);


    @Query("select v.employerId, v.type, count(v) from Vacancy v "
            + "where v.status = nl.werkbrug.employer.VacancyStatus.OPEN group by v.employerId, v.type")
    List<Object[]> countOpenByEmployerAndType();

    @Query("select v from Vacancy v where v.employerId = ?1 and v.status = ?2 order by v.createdAt desc, v.id")
    List<Vacancy> findByEmployerAndStatus(UUID employerId, VacancyStatus status, Pageable page);
}
