package nl.werkbrug.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
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
 * consented to matching, can ask; one open request per vacancy and candidate.
 */
@Service
public class Introductions {

    /** A request as the employer and the jobhunter see it; the candidate is only an ID here. */
    public record Request(UUID id, UUID vacancyId, String vacancyTitle, UUID employerId, UUID candidateId,
                          String message, IntroductionStatus status, Instant requestedAt, @Nullable String note,
                          @Nullable Instant handledAt) {
    }

    static final int MAX_MESSAGE = 2000;

    private final IntroductionRequestRepository requests;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final AuditLog auditLog;
    private final Clock clock;

    Introductions(IntroductionRequestRepository requests, VacancyService vacancies, CandidateService candidates,
                  AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.vacancies = vacancies;
        this.candidates = candidates;
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
        var open = requests.findByVacancyIdAndCandidateId(vacancyId.value(), candidateId.value()).stream()
                .filter(r -> r.status() == IntroductionStatus.REQUESTED
                        || r.status() == IntroductionStatus.PROPOSED_TO_CANDIDATE)
                .findFirst();
        if (open.isPresent()) {
            return open.get().view(vacancy.title());
        }
        var request = requests.save(new IntroductionRequest(vacancyId.value(), vacancy.employerId().value(),
                candidateId.value(), location, message.strip(), CurrentUser.require().id().value(),
                clock.instant()));
        auditLog.record("REQUEST", "introduction", request.id().toString(), "employer asks for an introduction");
        return request.view(vacancy.title());
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
        var found = user.has(Role.ADMIN) ? requests.findAllByOrderByRequestedAtDesc()
                : requests.findByLocationIdInOrderByRequestedAtDesc(user.locationIds());
        Map<UUID, String> titles = new HashMap<>();
        return found.stream().map(r -> r.view(titles.computeIfAbsent(r.vacancyId(),
                id -> vacancies.get(new VacancyId(id)).title()))).toList();
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
        request.handle(outcome, note == null || note.isBlank() ? null : note.strip(), user.id().value(),
                clock.instant());
        auditLog.record(outcome.name(), "introduction", requestId.toString(), null);
        return request.view(vacancies.get(new VacancyId(request.vacancyId())).title());
    }
}
