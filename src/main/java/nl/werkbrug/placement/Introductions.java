package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.employer.VacancyService;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions asked by employers. An employer sees candidates anonymously; when one fits, it asks
 * for an introduction with a message. The request goes to the jobhunters of the candidate's location
 * — not to the candidate, and the employer learns nothing more — who put it to the candidate or
 * decline it with a note. Only an approved employer, for its own vacancy, about a candidate who
 * consented to matching, can ask; one open request per vacancy and candidate. A jobhunter can also
 * propose an introduction themselves. The candidate answers (see {@link Invitations}); only after they
 * accept does that employer see their name and contact details. Each step moves the candidate's route.
 */
@Service
public class Introductions {

    /** A request as the employer and the jobhunter see it; the candidate is only an ID here. */
    public record Request(UUID id, UUID vacancyId, String vacancyTitle, UUID employerId, UUID candidateId,
                          String message, IntroductionStatus status, Instant requestedAt, @Nullable String note,
                          @Nullable Instant handledAt, @Nullable Instant answeredAt, @Nullable String answerReason) {
    }

    /** An introduction the candidate accepted, as their employer sees it, with the interviews planned. */
    public record Accepted(Request request, boolean shared, List<Routes.Step> interviews) {
    }

    static final int MAX_MESSAGE = 2000;

    private final IntroductionRequestRepository requests;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final EmployerService employers;
    private final Routes routes;
    private final ContactShares shares;
    private final PlacementNotices notices;
    private final AuditLog auditLog;
    private final Clock clock;

    Introductions(IntroductionRequestRepository requests, VacancyService vacancies, CandidateService candidates,
                  EmployerService employers, Routes routes, ContactShares shares, PlacementNotices notices,
                  AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.employers = employers;
        this.routes = routes;
        this.shares = shares;
        this.notices = notices;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Asks for an introduction to a candidate for one of the employer's own vacancies. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public Request ask(VacancyId vacancyId, CandidateId candidateId, String message) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("a request needs a message of at most " + MAX_MESSAGE + " characters");
        }
        var vacancy = vacancies.managed(vacancyId);
        UUID location = candidates.locationOfConsenting(candidateId)
                .orElseThrow(() -> new NotFoundException("candidate", candidateId));
        var open = openRequest(vacancyId, candidateId);
        if (open.isPresent()) {
            return open.get().view(vacancy.title());
        }
        var request = requests.save(new IntroductionRequest(vacancyId.value(), vacancy.employerId().value(),
                candidateId.value(), location, message.strip(), CurrentUser.require().id().value(),
                clock.instant()));
        auditLog.record("REQUEST", "introduction", request.id().toString(), "employer asks for an introduction");
        routes.reach(candidateId, vacancyId, RouteStage.INTRODUCTION_ASKED, null);
        return request.view(vacancy.title());
    }

    /**
     * A jobhunter proposes an introduction to a vacancy themselves: it goes straight to the candidate,
     * who decides whether that employer may know who they are.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Request propose(VacancyId vacancyId, CandidateId candidateId, String message) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("a proposal needs a message of at most " + MAX_MESSAGE + " characters");
        }
        var person = candidates.workingWith(candidateId, "introduction");
        var vacancy = vacancies.get(vacancyId);
        if (vacancy.status() != nl.werkbrug.employer.VacancyStatus.OPEN) {
            throw new IllegalArgumentException("only an open vacancy can be proposed");
        }
        var open = openRequest(vacancyId, candidateId);
        if (open.isPresent() && open.get().status() == IntroductionStatus.PROPOSED_TO_CANDIDATE) {
            return open.get().view(vacancy.title());
        }
        if (open.isPresent()) {
            return handle(open.get().id(), IntroductionStatus.PROPOSED_TO_CANDIDATE, null);
        }
        var request = requests.save(IntroductionRequest.proposal(vacancyId.value(), vacancy.employerId().value(),
                candidateId.value(), person.locationId(), message.strip(), CurrentUser.require().id().value(),
                clock.instant()));
        auditLog.record("PROPOSE", "introduction", request.id().toString(), "jobhunter proposes an introduction");
        routes.reach(candidateId, vacancyId, RouteStage.INTRODUCTION_ASKED, null);
        notices.invitationNew(request, vacancy.title());
        return request.view(vacancy.title());
    }

    /** The requests about one candidate, newest first, for the jobhunter's candidate page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Request> forCandidate(CandidateId candidateId) {
        candidates.workingWith(candidateId, null);
        return views(requests.findByCandidateIdOrderByRequestedAtDesc(candidateId.value()));
    }

    /** The introductions the candidates accepted, for the signed-in person's employer, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<Accepted> acceptedForMyEmployer() {
        var employer = employers.mine();
        if (employer.isEmpty()) {
            return List.of();
        }
        return requests.findByEmployerIdAndStatusOrderByRequestedAtDesc(employer.get().id().value(),
                IntroductionStatus.ACCEPTED).stream().map(r -> new Accepted(r.view(title(r.vacancyId())),
                shares.active(r.id()), routes.interviews(new CandidateId(r.candidateId()),
                new VacancyId(r.vacancyId())))).toList();
    }

    /**
     * The employer schedules an interview for an accepted introduction whose share is still active:
     * an INTERVIEW step on the candidate's route, which the jobhunter and the newcomer see.
     */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public void scheduleInterview(UUID requestId, Instant at, @Nullable String place) {
        if (place != null && place.length() > 300) {
            throw new IllegalArgumentException("a place of at most 300 characters");
        }
        var request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("introduction", requestId));
        boolean own = employers.mine().map(e -> e.id().value().equals(request.employerId())).orElse(false);
        if (!own || request.status() != IntroductionStatus.ACCEPTED || !shares.active(requestId)) {
            throw new AccessDeniedException("no accepted introduction of this employer");
        }
        routes.interview(new CandidateId(request.candidateId()), new VacancyId(request.vacancyId()), at, place);
        auditLog.record("INTERVIEW", "introduction", requestId.toString(), "employer schedules an interview");
        notices.interviewScheduled(request, title(request.vacancyId()), at, place);
    }

    /** Per candidate the number of requests waiting for their jobhunter. */
    Map<UUID, Integer> waitingForJobhunter(Collection<UUID> candidateIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        requests.findByCandidateIdInAndStatus(candidateIds, IntroductionStatus.REQUESTED)
                .forEach(r -> counts.merge(r.candidateId(), 1, Integer::sum));
        return counts;
    }

    private Optional<IntroductionRequest> openRequest(VacancyId vacancyId, CandidateId candidateId) {
        return requests.findByVacancyIdAndCandidateId(vacancyId.value(), candidateId.value()).stream()
                .filter(r -> r.status().open()).findFirst();
    }

    private List<Request> views(List<IntroductionRequest> found) {
        Map<UUID, String> titles = new HashMap<>();
        return found.stream().map(r -> r.view(titles.computeIfAbsent(r.vacancyId(), this::title))).toList();
    }

    private String title(UUID vacancyId) {
        return vacancies.get(new VacancyId(vacancyId)).title();
    }

    /** The employer's requests for one of its vacancies, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public List<Request> forVacancy(VacancyId vacancyId) {
        var vacancy = vacancies.managed(vacancyId);
        return requests.findByVacancyIdOrderByRequestedAtDesc(vacancyId.value()).stream()
                .map(r -> r.view(vacancy.title())).toList();
    }

    /** The requests about candidates of the jobhunter's own locations (all for an administrator), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<Request> forMyCandidates() {
        var user = CurrentUser.require();
        return views(user.has(Role.ADMIN) ? requests.findAllByOrderByRequestedAtDesc()
                : requests.findByLocationIdInOrderByRequestedAtDesc(user.locationIds()));
    }

    /**
     * The jobhunter's answer: put it to the candidate, or decline it with a note the employer reads.
     * Only for candidates of the jobhunter's own locations.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Request handle(UUID requestId, IntroductionStatus outcome, @Nullable String note) {
        if (!Set.of(IntroductionStatus.PROPOSED_TO_CANDIDATE, IntroductionStatus.DECLINED).contains(outcome)) {
            throw new IllegalArgumentException("a jobhunter proposes or declines: " + outcome);
        }
        if (outcome == IntroductionStatus.DECLINED && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a declined request needs a note for the employer");
        }
        var request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("introduction", requestId));
        var user = CurrentUser.require();
        if (!user.has(Role.ADMIN) && !user.locationIds().contains(request.locationId())) {
            throw new AccessDeniedException("not a candidate of this jobhunter's locations");
        }
        if (request.status() != IntroductionStatus.REQUESTED) {
            throw new IllegalStateException("only a new request can be handled, not " + request.status());
        }
        request.handle(outcome, note == null || note.isBlank() ? null : note.strip(), user.id().value(),
                clock.instant());
        auditLog.record(outcome.name(), "introduction", requestId.toString(), null);
        String title = title(request.vacancyId());
        if (outcome == IntroductionStatus.PROPOSED_TO_CANDIDATE) {
            notices.invitationNew(request, title);
        }
        return request.view(title);
    }
}
