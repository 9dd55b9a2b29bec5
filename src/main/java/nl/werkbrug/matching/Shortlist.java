package nl.werkbrug.matching;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.placement.Routes;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobhunter's shortlist: candidates kept for a vacancy, the first step of their route to it.
 * Only candidates the jobhunter works with can be put on it or seen on it; each change is logged.
 */
@Service
public class Shortlist {

    private final ShortlistRepository entries;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final AuditLog auditLog;
    private final Routes routes;
    private final Clock clock;

    Shortlist(ShortlistRepository entries, CandidateService candidates, VacancyService vacancies, AuditLog auditLog,
              Routes routes, Clock clock) {
        this.routes = routes;
        this.entries = entries;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Keeps a candidate for a vacancy (nothing changes when they are on the list already); their route
     * towards the vacancy moves to (or opens at) SHORTLISTED.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public void add(VacancyId vacancy, CandidateId candidate) {
        requireAccess(candidate);
        vacancies.get(vacancy);
        if (entries.findByVacancyIdAndCandidateId(vacancy.value(), candidate.value()).isEmpty()) {
            entries.save(new ShortlistEntry(vacancy.value(), candidate.value(), CurrentUser.require().id().value(),
                    clock.instant()));
            auditLog.record("SHORTLIST", "candidate", candidate.value().toString(), "vacancy " + vacancy.value());
        }
        routes.shortlisted(vacancy, candidate);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public void remove(VacancyId vacancy, CandidateId candidate) {
        requireAccess(candidate);
        entries.findByVacancyIdAndCandidateId(vacancy.value(), candidate.value()).ifPresent(entry -> {
            entries.delete(entry);
            auditLog.record("UNSHORTLIST", "candidate", candidate.value().toString(), "vacancy " + vacancy.value());
        });
    }

    /** The candidates kept for a vacancy that the signed-in jobhunter works with, in the order they were added. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<CandidateId> forVacancy(VacancyId vacancy) {
        var ids = entries.findByVacancyIdOrderByAddedAt(vacancy.value()).stream()
                .map(e -> new CandidateId(e.candidateId())).toList();
        Set<CandidateId> visible = candidates.summaries(ids).keySet();
        return ids.stream().filter(visible::contains).toList();
    }

    /** The vacancies a candidate is kept for. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<VacancyId> forCandidate(CandidateId candidate) {
        requireAccess(candidate);
        return entries.findByCandidateIdOrderByAddedAt(candidate.value()).stream()
                .map(e -> new VacancyId(e.vacancyId())).toList();
    }

    private void requireAccess(CandidateId candidate) {
        if (candidates.summaries(List.of(candidate)).isEmpty()) {
            throw new AccessDeniedException("not your candidate");
        }
    }
}
