package nl.werkbrug.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.shared.NotFoundException;

/**
 * A person's right to work, explained: what the dated rules allow today for paid and for volunteer
 * work, from which dates more (or less) becomes possible, and the dated history of a work permit
 * (TWV) as the jobhunter records it. The person sees their own; a jobhunter the people they work
 * with (a look at someone else's is audited).
 */
@Service
public class RightsToWork {

    /** One step in a work permit's history. */
    public record PermitStep(UUID id, PermitStatus status, LocalDate date, @Nullable String employer,
                             @Nullable String note, Instant recordedAt) {
    }

    /** For one kind of work: the verdict today and the periods from today on. */
    public record Outlook(WorkPermission.Kind kind, WorkPermission.Assessment today,
                          List<WorkPermission.Period> periods) {

        /** The periods after today's, each with the verdict that starts then. */
        public List<WorkPermission.Period> changes() {
            return periods.size() <= 1 ? List.of() : periods.subList(1, periods.size());
        }
    }

    /** Everything about a person's right to work. */
    public record Overview(CandidateId candidateId, NewcomerGroup group, RightToWork rights, List<Outlook> outlooks,
                           List<PermitStep> permitSteps, LocalDate today) {

        /** Whether the person waits for a decision on a permit, or for an employer to apply for one. */
        public boolean waitsForPermit() {
            return group == NewcomerGroup.ASYLUM_SEEKER
                    && (rights.permitStatus() == PermitStatus.NEEDED || rights.permitStatus() == PermitStatus.APPLIED);
        }
    }

    static final int MAX_NOTE = 1000;
    static final int MAX_EMPLOYER = 200;

    private final CandidateRepository candidates;
    private final CandidateService service;
    private final JdbcClient jdbc;
    private final WorkRules rules;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RightsToWork(CandidateRepository candidates, CandidateService service, JdbcClient jdbc, WorkRules rules,
                 AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.candidates = candidates;
        this.service = service;
        this.jdbc = jdbc;
        this.rules = rules;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The right to work of a candidate: the person themself, their jobhunter, an administrator. */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public Overview overview(CandidateId id) {
        service.checkAccess(id, "right-to-work");
        return overviewOf(find(id));
    }

    /** The signed-in newcomer's own right to work, once they have a profile. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NEWCOMER')")
    public Optional<Overview> mine() {
        return candidates.findByUserId(CurrentUser.require().id().value()).map(this::overviewOf);
    }

    /**
     * Records a step of a work permit (applied for, granted, refused, or no longer needed) on a date
     * that has passed; it becomes the permit's current status when it is the latest.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Overview recordPermitStep(CandidateId id, PermitStatus status, LocalDate date, @Nullable String employer,
                                     @Nullable String note) {
        service.checkAccess(id, null);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("a permit step is recorded when it happened, not before");
        }
        String employerName = trim(employer, MAX_EMPLOYER);
        String noteText = trim(note, MAX_NOTE);
        var candidate = find(id);
        UUID stepId = UUID.randomUUID();
        jdbc.sql("""
                        insert into permit_step (id, candidate_id, status, step_date, employer, note, recorded_by,
                                                 recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(stepId, id.value(), status.name(), date, employerName, noteText,
                        CurrentUser.require().id().value(), java.sql.Timestamp.from(clock.instant()))
                .update();
        var steps = steps(id);
        if (steps.getFirst().id().equals(stepId)) {
            candidate.recordPermit(status, date, clock.instant());
            events.publishEvent(new CandidateChanged(id, false));
        }
        auditLog.record("PERMIT_STEP", "candidate", id.value().toString(), status.name());
        return overviewOf(candidate, steps);
    }

    private Overview overviewOf(Candidate candidate) {
        return overviewOf(candidate, steps(candidate.id()));
    }

    private Overview overviewOf(Candidate candidate, List<PermitStep> steps) {
        var profile = candidate.profile();
        LocalDate today = LocalDate.now(clock);
        List<Outlook> outlooks = new ArrayList<>();
        for (var kind : WorkPermission.Kind.values()) {
            outlooks.add(new Outlook(kind,
                    WorkPermission.assess(rules, profile.group(), profile.rightToWork(), kind, today),
                    WorkPermission.periods(rules, profile.group(), profile.rightToWork(), kind, today)));
        }
        return new Overview(candidate.id(), profile.group(), profile.rightToWork(), outlooks, steps, today);
    }

    private List<PermitStep> steps(CandidateId id) {
        return jdbc.sql("""
                        select id, status, step_date, employer, note, recorded_at from permit_step
                        where candidate_id = ? order by step_date desc, recorded_at desc""")
                .param(id.value())
                .query((rs, n) -> new PermitStep(rs.getObject("id", UUID.class),
                        PermitStatus.valueOf(rs.getString("status")), rs.getObject("step_date", LocalDate.class),
                        rs.getString("employer"), rs.getString("note"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private Candidate find(CandidateId id) {
        return candidates.findById(id.value()).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    private static @Nullable String trim(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters");
        }
        return stripped;
    }
}
