package nl.werkbrug.placement;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.werkbrug.candidate.CandidateFacts;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.employer.EmployerId;
import nl.werkbrug.employer.EmployerService;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The notices placement publishes: a new invitation to the candidate, the candidate's answer to the
 * jobhunter and the employer, a scheduled interview to the candidate. Texts carry the vacancy title,
 * never the candidate's name (the employer may not know it).
 */
@Component
class PlacementNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final ApplicationEventPublisher events;
    private final CandidateService candidates;
    private final EmployerService employers;
    private final UserService users;

    PlacementNotices(ApplicationEventPublisher events, CandidateService candidates, EmployerService employers,
                     UserService users) {
        this.events = events;
        this.candidates = candidates;
        this.employers = employers;
        this.users = users;
    }

    void invitationNew(IntroductionRequest request, String vacancyTitle) {
        accountOf(request.candidateId()).ifPresent(account -> events.publishEvent(new Notice(account,
                Notice.Kind.INVITATION_NEW, "notice.invitation.new", List.of(vacancyTitle), "my/invitations")));
    }

    void invitationAnswered(IntroductionRequest request, String vacancyTitle, boolean accepted) {
        String key = accepted ? "notice.invitation.accepted" : "notice.invitation.refused";
        UUID jobhunter = request.handledBy();
        if (jobhunter != null && !jobhunter.equals(SystemTask.SYSTEM.value())) {
            events.publishEvent(new Notice(jobhunter, Notice.Kind.INVITATION_ANSWERED, key, List.of(vacancyTitle),
                    "candidates/" + request.candidateId()));
        }
        var organisation = employers.get(new EmployerId(request.employerId())).organisationId();
        for (UUID person : users.idsOfOrganisation(organisation)) {
            events.publishEvent(new Notice(person, Notice.Kind.INVITATION_ANSWERED, key, List.of(vacancyTitle),
                    accepted ? "employer/introductions" : null));
        }
    }

    void interviewScheduled(IntroductionRequest request, String vacancyTitle, Instant at, @Nullable String place) {
        accountOf(request.candidateId()).ifPresent(account -> events.publishEvent(new Notice(account,
                Notice.Kind.OTHER, "notice.interview", List.of(vacancyTitle, WHEN.format(at),
                place == null ? "" : place), "my/route")));
    }

    private java.util.Optional<UUID> accountOf(UUID candidate) {
        return candidates.placementFacts(new CandidateId(candidate)).map(CandidateFacts::userId);
    }
}
