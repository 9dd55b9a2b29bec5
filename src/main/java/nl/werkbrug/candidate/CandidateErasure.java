package nl.werkbrug.candidate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.werkbrug.cv.CvDocuments;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.UserId;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person: their profile with everything in it, their CV documents and files, their account,
 * and (through {@link CandidateChanged} with {@code erased} true, which other modules handle in the same
 * transaction) what other modules keep about them; the search index drops them after the commit. What
 * stays: anonymous counts for the dashboard, and the audit log, which names the person only by the
 * profile's ID.
 */
@Service
public class CandidateErasure {

    /** Why a profile was erased, as counted for the dashboard. */
    public enum Cause { REQUEST, ADMIN, RETENTION }

    private final CandidateRepository candidates;
    private final CvDocuments documents;
    private final UserService users;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    CandidateErasure(CandidateRepository candidates, CvDocuments documents, UserService users, AuditLog auditLog,
                     ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.candidates = candidates;
        this.documents = documents;
        this.users = users;
        this.auditLog = auditLog;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed-in newcomer erases their own profile and account. */
    @Transactional
    @PreAuthorize("hasRole('NEWCOMER')")
    public void eraseMine() {
        var candidate = candidates.findByUserId(CurrentUser.require().id().value())
                .orElseThrow(() -> new NotFoundException("candidate", "of this account"));
        erase(candidate, Cause.REQUEST, "own request");
    }

    /** An administrator erases a profile on the person's request (by letter, say), with the reason. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void eraseOnRequest(CandidateId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an erasure by an administrator needs a reason");
        }
        String purpose = "request: " + reason.strip();
        erase(find(id), Cause.ADMIN, purpose.length() > 150 ? purpose.substring(0, 149) + "…" : purpose);
    }

    /** Erases a profile whose retention period ended (the retention job decides which). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void eraseInactive(CandidateId id) {
        erase(find(id), Cause.RETENTION, "retention");
    }

    private Candidate find(CandidateId id) {
        return candidates.findById(id.value()).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    private void erase(Candidate candidate, Cause cause, String purpose) {
        var id = candidate.id();
        var account = candidate.userId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID anonymous = UUID.randomUUID();
        Integer education = candidate.profile().educationLevel();
        boolean highSkilled = education != null && education >= 6;
        jdbc.sql("""
                        insert into erased_candidate (newcomer_group, location_id, intake_month, erased_month, cause,
                                                      person_ref, high_skilled)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(candidate.group().name(), candidate.locationId(),
                        Date.valueOf(candidate.intakeDate().withDayOfMonth(1)), Date.valueOf(today.withDayOfMonth(1)),
                        cause.name(), anonymous, highSkilled)
                .update();
        documents.eraseAllOf(id.value(), purpose);
        events.publishEvent(new CandidateErased(id, anonymous));
        events.publishEvent(new CandidateChanged(id, true));
        candidates.delete(candidate);
        candidates.flush();
        auditLog.record("ERASE", "candidate", id.value().toString(), purpose);
        if (account != null) {
            users.erase(new UserId(account), purpose);
        }
    }
}
