package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateProfile;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.EmployerId;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a newcomer shares with employers: after accepting an introduction, their name, phone and
 * e-mail go to that one employer, until they withdraw it. Every share and withdrawal is audited.
 */
@Service
public class ContactShares {

    /** An active share as the newcomer sees it. */
    public record Share(UUID id, String employerName, String vacancyTitle, Instant sharedAt) {
    }

    private final ContactShareRepository shares;
    private final IntroductionRequestRepository requests;
    private final CandidateService candidates;
    private final EmployerService employers;
    private final VacancyService vacancies;
    private final AuditLog auditLog;
    private final Clock clock;

    ContactShares(ContactShareRepository shares, IntroductionRequestRepository requests, CandidateService candidates,
                  EmployerService employers, VacancyService vacancies, AuditLog auditLog, Clock clock) {
        this.shares = shares;
        this.requests = requests;
        this.candidates = candidates;
        this.employers = employers;
        this.vacancies = vacancies;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The signed-in newcomer's shares that are not withdrawn, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NEWCOMER')")
    public List<Share> mine() {
        return candidates.mine().map(CandidateProfile::id).map(id -> shares
                .findByCandidateIdOrderBySharedAtDesc(id.value()).stream().filter(s -> s.withdrawnAt() == null)
                .map(this::view).toList()).orElse(List.of());
    }

    /** Withdraws one of the newcomer's own shares: the employer no longer sees their name or contact. */
    @Transactional
    @PreAuthorize("hasRole('NEWCOMER')")
    public void withdraw(UUID shareId) {
        var share = shares.findById(shareId).orElseThrow(() -> new NotFoundException("contact share", shareId));
        CandidateId own = candidates.mine().map(CandidateProfile::id)
                .orElseThrow(() -> new AccessDeniedException("no profile"));
        if (!own.value().equals(share.candidateId())) {
            throw new AccessDeniedException("not your share");
        }
        share.withdraw(clock.instant());
        auditLog.record("WITHDRAW_SHARE", "candidate", share.candidateId().toString(),
                "contact details no longer shared with employer " + share.employerId());
    }

    /** Shares the candidate's contact details with the employer of an accepted introduction. */
    void share(IntroductionRequest request) {
        shares.save(new ContactShare(request.candidateId(), request.employerId(), request.id(), clock.instant()));
        auditLog.record("SHARE", "candidate", request.candidateId().toString(),
                "contact details shared with employer " + request.employerId());
    }

    boolean active(UUID introductionId) {
        return shares.existsByIntroductionIdAndWithdrawnAtIsNull(introductionId);
    }

    private Share view(ContactShare share) {
        String title = requests.findById(share.introductionId())
                .map(r -> vacancies.get(new VacancyId(r.vacancyId())).title()).orElse("");
        String employer = employers.get(new EmployerId(share.employerId())).name();
        return new Share(share.id(), employer, title, share.sharedAt());
    }
}
