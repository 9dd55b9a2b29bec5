package nl.werkbrug.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate profiles. Who may see a profile is decided here: the person themself, a jobhunter who
 * works for their location or was assigned to them, and administrators. Every look at someone
 * else's profile is written to the audit log.
 */
@Service
public class CandidateService {

    private final CandidateRepository candidates;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserService users;
    private final ObjectProvider<ContactSharing> sharing;

    CandidateService(CandidateRepository candidates, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                     UserService users, ObjectProvider<ContactSharing> sharing) {
        this.candidates = candidates;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.users = users;
        this.sharing = sharing;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public CandidateProfile register(CandidateDraft draft) {
        var user = CurrentUser.get();
        var withJobhunter = draft.jobhunterId() == null && user.filter(u -> u.has(Role.JOBHUNTER)).isPresent()
                ? withJobhunter(draft, user.get().id().value())
                : draft;
        var candidate = candidates.save(new Candidate(withJobhunter, LocalDate.now(clock), clock.instant()));
        auditLog.record("CREATE", "candidate", candidate.id().value().toString(), "intake");
        events.publishEvent(new CandidateChanged(candidate.id(), false));
        return candidate.profile();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CandidateProfile update(CandidateId id, CandidateDraft draft) {
        var candidate = readable(id, "update");
        boolean consented = candidate.profile().matchingConsentAt() != null;
        candidate.apply(draft, clock.instant());
        events.publishEvent(new CandidateChanged(id, false));
        if (consented && !draft.matchingConsent()) {
            events.publishEvent(new MatchingConsentWithdrawn(id));
        }
        return candidate.profile();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CandidateProfile profile(CandidateId id) {
        return readable(id, "view").profile();
    }

    /**
     * A profile read to find work for the person: by the person themself, or by someone with access
     * to them (logged with the purpose "match").
     */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'ADMIN')")
    public CandidateProfile forMatching(CandidateId id) {
        return readable(id, "match").profile();
    }

    /** The signed-in newcomer's own profile, if one exists yet. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('NEWCOMER')")
    public Optional<CandidateProfile> mine() {
        return candidates.findByUserId(CurrentUser.require().id().value()).map(Candidate::profile);
    }

    @Transactional
    @PreAuthorize("hasRole('NEWCOMER')")
    public void consentToMatching(boolean consent) {
        var candidate = candidates.findByUserId(CurrentUser.require().id().value())
                .orElseThrow(() -> new NotFoundException("candidate", "of this account"));
        boolean consented = candidate.profile().matchingConsentAt() != null;
        candidate.consentToMatching(consent, clock.instant());
        events.publishEvent(new CandidateChanged(candidate.id(), false));
        if (consented && !consent) {
            events.publishEvent(new MatchingConsentWithdrawn(candidate.id()));
        }
    }

    /** The candidates the signed-in jobhunter works with (all of them for an administrator). */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<CandidateSummary> caseload(int offset, int limit) {
        return caseload(CaseloadFilter.NONE, offset, limit);
    }

    /** The caseload narrowed by a filter (a name search among them), oldest intake first. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<CandidateSummary> caseload(CaseloadFilter filter, int offset, int limit) {
        var user = CurrentUser.require();
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by("intakeDate", "id"));
        var found = candidates.findAll(caseloadOf(user, filter), page).getContent();
        auditLog.record("LIST", "caseload", user.id().toString(), found.size() + " candidates");
        return found.stream().map(Candidate::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public long caseloadSize(CaseloadFilter filter) {
        return candidates.count(caseloadOf(CurrentUser.require(), filter));
    }

    /**
     * Summaries of those of the given candidates the signed-in jobhunter works with (all for an
     * administrator), for a list of matches; the others are left out.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Map<CandidateId, CandidateSummary> summaries(java.util.Collection<CandidateId> ids) {
        var user = CurrentUser.require();
        Map<CandidateId, CandidateSummary> result = new java.util.LinkedHashMap<>();
        for (Candidate candidate : candidates.findAllById(ids.stream().map(CandidateId::value).toList())) {
            if (mayWorkWith(user, candidate)) {
                result.put(candidate.id(), candidate.summary());
            }
        }
        if (!result.isEmpty()) {
            auditLog.record("LIST", "matches", user.id().toString(), result.size() + " candidates");
        }
        return result;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public long caseloadSize() {
        return caseloadSize(CaseloadFilter.NONE);
    }

    /**
     * A profile for the search index, read by the system (no person asked, nothing is shown: not
     * audited); empty when the candidate no longer exists.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<CandidateProfile> forIndex(CandidateId id) {
        return candidates.findById(id.value()).map(Candidate::profile);
    }

    /**
     * Profiles for the search index, many at once (a full rebuild reads them in batches); candidates
     * that no longer exist are left out, the order is not that of {@code ids}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CandidateProfile> forIndex(java.util.Collection<CandidateId> ids) {
        return candidates.findAllById(ids.stream().map(CandidateId::value).toList()).stream()
                .map(Candidate::profile).toList();
    }

    /**
     * Where a candidate who consented to matching lives, and nothing else: what an introduction
     * request needs to reach the jobhunters of that location. Empty when there is no such candidate
     * or they did not consent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public Optional<UUID> locationOfConsenting(CandidateId id) {
        return candidates.findById(id.value()).map(Candidate::profile)
                .filter(p -> p.matchingConsentAt() != null).map(CandidateProfile::locationId);
    }

    /** Every candidate's ID, for a full rebuild of the search index. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CandidateId> allIds() {
        return candidates.allIds().stream().map(CandidateId::new).toList();
    }

    /** The candidates changed since a moment (for the catch-up after a rebuild of the search index). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CandidateId> changedSince(java.time.Instant since) {
        return candidates.idsChangedSince(since).stream().map(CandidateId::new).toList();
    }

    /**
     * Access to one candidate by the signed-in user, checked and (for others than the person) audited;
     * with {@code purpose} null only checked, for repeated looks at what was already logged.
     */
    @Transactional
    void checkAccess(CandidateId id, @Nullable String purpose) {
        readable(id, purpose);
    }

    /** The signed-in user's own candidate, if they are a newcomer with a profile. */
    @Transactional(readOnly = true)
    Optional<CandidateId> ownId() {
        return CurrentUser.get().flatMap(user -> candidates.findByUserId(user.id().value())).map(Candidate::id);
    }

    /**
     * One candidate the signed-in jobhunter works with (any for an administrator), checked; the look
     * is written to the audit log with the purpose, when one is given.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public CandidateSummary workingWith(CandidateId id, @Nullable String purpose) {
        return readable(id, purpose).summary();
    }

    /** Those of the given candidates the signed-in jobhunter works with; only IDs, so not audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public java.util.Set<CandidateId> workingWithAll(java.util.Collection<CandidateId> ids) {
        var user = CurrentUser.require();
        return candidates.findAllById(ids.stream().map(CandidateId::value).toList()).stream()
                .filter(c -> mayWorkWith(user, c)).map(Candidate::id).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * What placement needs to keep a route and address notices (location, intake date, account,
     * jobhunter): no name or contact, so any signed-in module may ask; empty for an unknown candidate.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<CandidateFacts> placementFacts(CandidateId id) {
        return candidates.findById(id.value()).map(Candidate::facts);
    }

    /** The signed-in jobhunter becomes the candidate's own jobhunter. */
    @Transactional
    @PreAuthorize("hasRole('JOBHUNTER')")
    public void takeOver(CandidateId id) {
        var candidate = readable(id, null);
        candidate.assignJobhunter(CurrentUser.require().id().value(), clock.instant());
        auditLog.record("TAKE_OVER", "candidate", id.value().toString(), "jobhunter takes over");
    }

    /** Hands a candidate over to a colleague who works at the candidate's location. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public void handOver(CandidateId id, UUID colleague) {
        var candidate = readable(id, null);
        boolean worksThere = users.jobhuntersAt(candidate.locationId()).stream()
                .anyMatch(u -> u.id().value().equals(colleague));
        if (!worksThere) {
            throw new IllegalArgumentException("the colleague does not work at the candidate's location");
        }
        candidate.assignJobhunter(colleague, clock.instant());
        auditLog.record("HAND_OVER", "candidate", id.value().toString(), "to jobhunter " + colleague);
    }

    /**
     * The name and contact details of a candidate, for the employer of the signed-in person, and only
     * while the candidate shares them with that employer after accepting an introduction; each look is
     * audited. Empty otherwise, so nothing tells an employer more than that.
     */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public Optional<ContactDetails> contactForEmployer(CandidateId id) {
        var shares = sharing.getIfAvailable();
        if (shares == null || !shares.sharedWithMyEmployer(id)) {
            return Optional.empty();
        }
        var candidate = candidates.findById(id.value());
        candidate.ifPresent(c -> auditLog.record("VIEW_CONTACT", "candidate", id.value().toString(),
                "introduction accepted by the candidate"));
        return candidate.map(Candidate::contact);
    }

    private Specification<Candidate> caseloadOf(CurrentUser user, CaseloadFilter filter) {
        Specification<Candidate> spec = (root, query, cb) -> user.has(Role.ADMIN) ? cb.conjunction()
                : cb.or(cb.equal(root.get("jobhunterId"), user.id().value()),
                        root.get("locationId").in(locationsOf(user)));
        if (filter.locationId() != null) {
            UUID location = filter.locationId();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("locationId"), location));
        }
        if (filter.onlyAlerts()) {
            LocalDate cutoff = LocalDate.now(clock).minusWeeks(CaseloadFilter.FIRST_ALERT_WEEKS);
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("intakeDate"), cutoff));
        }
        if (filter.onlyAwaitingPermit()) {
            spec = spec.and((root, query, cb) -> root.get("permitStatus")
                    .in(PermitStatus.NEEDED, PermitStatus.APPLIED));
        }
        if (filter.name() != null) {
            String pattern = "%" + likeEscaped(filter.name().toLowerCase(java.util.Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(cb.concat(cb.concat(root.<String>get("givenName"),
                    " "), cb.coalesce(root.<String>get("familyName"), ""))), pattern, '\\'));
        }
        return spec;
    }

    /** The text with the wildcards of LIKE escaped, so that it is matched as typed. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Candidate readable(CandidateId id, @Nullable String purpose) {
        var candidate = candidates.findById(id.value()).orElseThrow(() -> new NotFoundException("candidate", id));
        var user = CurrentUser.require();
        boolean own = user.id().value().equals(candidate.userId());
        if (!own && !mayWorkWith(user, candidate)) {
            throw new AccessDeniedException("not your candidate");
        }
        if (!own && purpose != null) {
            auditLog.record(purpose.toUpperCase(java.util.Locale.ROOT), "candidate", id.value().toString(), purpose);
        }
        return candidate;
    }

    private static boolean mayWorkWith(CurrentUser user, Candidate candidate) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return user.has(Role.JOBHUNTER) && (user.id().value().equals(candidate.jobhunterId())
                || user.worksAt(candidate.locationId()));
    }

    private static java.util.Set<java.util.UUID> locationsOf(CurrentUser user) {
        // an empty IN list is not valid JPQL; a random ID matches nothing
        return user.locationIds().isEmpty() ? java.util.Set.of(java.util.UUID.randomUUID()) : user.locationIds();
    }

    private static CandidateDraft withJobhunter(CandidateDraft draft, java.util.UUID jobhunter) {
        return new CandidateDraft(draft.contact(), draft.group(), draft.locationId(), draft.dutchLevel(),
                draft.otherLanguages(), draft.educationLevel(), draft.occupations(), draft.skills(), draft.certificates(),
                draft.availability(), draft.rightToWork(), draft.matchingConsent(), draft.intakeDate(),
                draft.userId(), jobhunter, draft.sources());
    }

    /**
     * The route dates of every candidate, for the scheduled reminders: read by the system, nothing
     * is shown to anyone (not audited); only IDs, dates and the permit status.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<CandidateDates> datesForReminders() {
        return candidates.allDates().stream().map(row -> new CandidateDates(new CandidateId((UUID) row[0]),
                (NewcomerGroup) row[1], (LocalDate) row[2], new RightToWork((LocalDate) row[3], (PermitStatus) row[4],
                (LocalDate) row[5], (LocalDate) row[6], (Boolean) row[7]), (UUID) row[8], (UUID) row[9])).toList();
    }
}
