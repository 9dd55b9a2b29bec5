package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newcomer's side of an introduction: the invitations their jobhunter put to them, and their
 * answer. Accepting shares their name, phone and e-mail with that one employer and moves the route to
 * INTRODUCED; declining stops that track. The jobhunter and the employer hear the answer.
 */
@Service
public class Invitations {

    /** An invitation as the newcomer sees it. */
    public record Invitation(UUID id, String vacancyTitle, String employerName, String message,
                             IntroductionStatus status, Instant proposedAt, @Nullable Instant answeredAt) {
    }

    static final int MAX_REASON = 500;
    private static final Set<IntroductionStatus> SHOWN = Set.of(IntroductionStatus.PROPOSED_TO_CANDIDATE,
            IntroductionStatus.ACCEPTED, IntroductionStatus.REFUSED);

    private final IntroductionRequestRepository requests;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final EmployerService employers;
    private final Routes routes;
    private final ContactShares shares;
    private final PlacementNotices notices;
    private final AuditLog auditLog;
    private final Clock clock;

    Invitations(IntroductionRequestRepository requests, CandidateService candidates, VacancyService vacancies,
                EmployerService employers, Routes routes, ContactShares shares, PlacementNotices notices,
                AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.employers = employers;
        this.routes = routes;
        this.shares = shares;
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The signed-in newcomer's invitations, open ones first, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NEWCOMER')")
    public List<Invitation> mine() {
        return candidates.mine().map(p -> requests.findByCandidateIdOrderByRequestedAtDesc(p.id().value()).stream()
                .filter(r -> SHOWN.contains(r.status())).map(this::view)
                .sorted(java.util.Comparator.comparing((Invitation i) -> i.status() != IntroductionStatus.PROPOSED_TO_CANDIDATE))
                .toList()).orElse(List.of());
    }

    /** The newcomer accepts or declines (with an optional reason) one of their own open invitations. */
    @Transactional
    @PreAuthorize("hasRole('NEWCOMER')")
    public Invitation answer(UUID invitationId, boolean accept, @Nullable String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason of at most " + MAX_REASON + " characters");
        }
        var request = requests.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        CandidateId own = candidates.mine().map(CandidateProfile::id)
                .orElseThrow(() -> new AccessDeniedException("no profile"));
        if (!own.value().equals(request.candidateId()) || request.status() != IntroductionStatus.PROPOSED_TO_CANDIDATE) {
            throw new AccessDeniedException("not an open invitation of this person");
        }
        request.answer(accept, reason, clock.instant());
        auditLog.record(accept ? "ACCEPT" : "REFUSE", "introduction", invitationId.toString(), "answer of the candidate");
        var vacancy = new VacancyId(request.vacancyId());
        if (accept) {
            shares.share(request);
            routes.reach(own, vacancy, RouteStage.INTRODUCED, null);
        } else {
            routes.stopFor(own, vacancy, StopReason.CANDIDATE_DECLINED, null);
        }
        var invitation = view(request);
        notices.invitationAnswered(request, invitation.vacancyTitle(), accept);
        return invitation;
    }

    private Invitation view(IntroductionRequest request) {
        var summary = request.view(vacancies.get(new VacancyId(request.vacancyId())).title());
        return new Invitation(summary.id(), summary.vacancyTitle(),
                employers.get(new EmployerId(summary.employerId())).name(), summary.message(), summary.status(),
                summary.handledAt() == null ? summary.requestedAt() : summary.handledAt(), summary.answeredAt());
    }
}
