package nl.werkbrug.employer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vacancies and placements. Employers manage their own; everyone signed in sees the open ones. */
@Service
public class VacancyService {

    private final VacancyRepository vacancies;
    private final EmployerService employers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final MinimumWages minimumWages;
    private final VacancyRules rules;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, EmployerService employers, AuditLog auditLog,
                   ApplicationEventPublisher events, MinimumWages minimumWages, VacancyRules rules, Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.auditLog = auditLog;
        this.events = events;
        this.minimumWages = minimumWages;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Saves a new vacancy after the rules of {@link VacancyRules} ({@link InvalidVacancy}) and the
     * fair-work check: refused ({@link FairWorkRefused}) when paid work pays less than the minimum wage
     * for its start date and youngest age, held for the municipality's review when the check raises
     * warnings, kept as a draft while the employer is not approved, and otherwise published. A refusal
     * is kept in the audit log; nothing else is saved.
     */
    @Transactional(noRollbackFor = FairWorkRefused.class)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView post(VacancyDraft draft) {
        requireOwnEmployer(new EmployerId(draft.employerId()));
        var check = admissible(draft, draft.employerId().toString());
        var vacancy = new Vacancy(draft, clock.instant());
        settle(vacancy, check);
        vacancies.save(vacancy);
        auditLog.record("CREATE", "vacancy", vacancy.id().value().toString(), vacancy.status().name());
        events.publishEvent(new VacancyChanged(vacancy.id()));
        return vacancy.view();
    }

    /**
     * Changes one of the employer's own vacancies, with the same rules and fair-work check as
     * {@link #post}: a refusal changes nothing. Where it stands afterwards follows the same rules as a
     * new vacancy, except that a paused or closed vacancy stays offline until the employer opens it, and
     * one the municipality did not publish goes back to its review. A suspended vacancy cannot change.
     */
    @Transactional(noRollbackFor = FairWorkRefused.class)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView update(VacancyId id, VacancyDraft draft) {
        var vacancy = ownChangeable(id);
        if (!vacancy.employerId().equals(draft.employerId())) {
            throw new InvalidVacancy("EMPLOYER_CHANGED", "a vacancy stays with the employer that posted it");
        }
        var check = admissible(draft, id.value().toString());
        vacancy.apply(draft, clock.instant());
        settle(vacancy, check);
        auditLog.record("UPDATE", "vacancy", id.value().toString(), vacancy.status().name());
        events.publishEvent(new VacancyChanged(id));
        return vacancy.view();
    }

    /** One of the employer's own vacancies as a draft: to change it, or to post a copy of it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyDraft draftFrom(VacancyId id) {
        return ownChangeable(id).draft();
    }

    private Vacancy ownChangeable(VacancyId id) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        requireOwnEmployer(new EmployerId(vacancy.employerId()));
        if (vacancy.status() == VacancyStatus.SUSPENDED) {
            throw new InvalidVacancy("SUSPENDED", "this vacancy was suspended by the municipality");
        }
        return vacancy;
    }

    /** The rules and the fair-work check; a refusal is recorded against {@code subject} and thrown. */
    private FairWorkCheck.Result admissible(VacancyDraft draft, String subject) {
        rules.check(draft);
        var check = fairWork(draft);
        if (!check.refusals().isEmpty()) {
            var refusal = check.refusals().getFirst();
            auditLog.record("REFUSE", "vacancy", subject, refusal.code());
            throw new FairWorkRefused(refusal.code(), refusal.minimum());
        }
        return check;
    }

    /** Where a vacancy stands after it was saved: draft, in review, unchanged offline, or open. */
    private void settle(Vacancy vacancy, FairWorkCheck.Result check) {
        var now = clock.instant();
        if (employers.get(new EmployerId(vacancy.employerId())).status() != EmployerStatus.APPROVED) {
            vacancy.changeStatus(VacancyStatus.DRAFT, now);
        } else if (!check.warnings().isEmpty()) {
            vacancy.holdForReview(check.warnings().stream().map(FairWorkCheck.Finding::code).toList(), now);
        } else if (vacancy.status() == VacancyStatus.REJECTED) {
            vacancy.resubmit(now);
        } else if (vacancy.status() != VacancyStatus.PAUSED && vacancy.status() != VacancyStatus.CLOSED) {
            vacancy.changeStatus(VacancyStatus.OPEN, now);
        }
    }

    /** The fair-work check of a draft, on the date the work starts (today when that has passed). */
    FairWorkCheck.Result fairWork(VacancyDraft draft) {
        var today = java.time.LocalDate.now(clock);
        var date = draft.startDate() == null || draft.startDate().isBefore(today) ? today : draft.startDate();
        var minimum = draft.type().paid() ? minimumWages.hourly(date, draft.terms().minimumAge()).orElse(null) : null;
        return FairWorkCheck.check(draft, minimum);
    }

    /**
     * Opens, pauses or closes a vacancy. Opening needs an approved employer and a vacancy that is not
     * waiting for, or refused in, the municipality's review.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView changeStatus(VacancyId id, VacancyStatus status) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        requireOwnEmployer(new EmployerId(vacancy.employerId()));
        if (status == VacancyStatus.IN_REVIEW || status == VacancyStatus.REJECTED
                || status == VacancyStatus.SUSPENDED) {
            throw new IllegalArgumentException("only the municipality's review sets " + status);
        }
        if (vacancy.status() == VacancyStatus.SUSPENDED) {
            throw new IllegalArgumentException("this vacancy was suspended by the municipality");
        }
        if (status == VacancyStatus.OPEN && (vacancy.status() == VacancyStatus.IN_REVIEW
                || vacancy.status() == VacancyStatus.REJECTED)) {
            throw new IllegalArgumentException("this vacancy waits for, or was refused in, the municipality's review");
        }
        if (status == VacancyStatus.OPEN
                && employers.get(new EmployerId(vacancy.employerId())).status() != EmployerStatus.APPROVED) {
            throw new IllegalArgumentException("an employer publishes only after the municipality approved it");
        }
        vacancy.changeStatus(status, clock.instant());
        events.publishEvent(new VacancyChanged(id));
        return vacancy.view();
    }

    /** Takes a vacancy offline after a signal of exploitation (the municipality). */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public void suspend(VacancyId id) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        vacancy.changeStatus(VacancyStatus.SUSPENDED, clock.instant());
        auditLog.record("SUSPEND", "vacancy", id.value().toString(), null);
        events.publishEvent(new VacancyChanged(id));
    }

    /** Takes every open vacancy of a suspended employer offline. */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public void suspendAllOf(EmployerId employer) {
        for (var vacancy : vacancies.findByEmployer(employer.value(), PageRequest.of(0, 10_000))) {
            if (vacancy.status() == VacancyStatus.OPEN || vacancy.status() == VacancyStatus.IN_REVIEW) {
                vacancy.changeStatus(VacancyStatus.SUSPENDED, clock.instant());
                events.publishEvent(new VacancyChanged(vacancy.id()));
            }
        }
        auditLog.record("SUSPEND", "employer-vacancies", employer.value().toString(), null);
    }

    /** The vacancies waiting for the municipality's review, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public List<VacancyView> inReview() {
        return vacancies.findByStatusOrderByUpdatedAt(VacancyStatus.IN_REVIEW).stream().map(Vacancy::view).toList();
    }

    /** The municipality's decision on a vacancy in review: publish it, or not, with a note for the employer. */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public VacancyView review(VacancyId id, boolean publish, @org.jspecify.annotations.Nullable String note) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        if (vacancy.status() != VacancyStatus.IN_REVIEW) {
            throw new IllegalArgumentException("this vacancy is not in review");
        }
        vacancy.reviewed(publish, note, clock.instant());
        auditLog.record(publish ? "PUBLISH" : "REJECT", "vacancy", id.value().toString(), note);
        events.publishEvent(new VacancyChanged(id));
        return vacancy.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VacancyView get(VacancyId id) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        var view = vacancy.view();
        var user = CurrentUser.require();
        if (view.status() != VacancyStatus.OPEN && !mayManage(user, view.employerId())
                && !user.has(Role.MUNICIPALITY)) {
            throw new NotFoundException("vacancy", id);
        }
        return view;
    }

    /** A vacancy for the search index, or empty when it no longer exists. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<VacancyView> forIndex(VacancyId id) {
        return vacancies.findById(id.value()).map(Vacancy::view);
    }

    /** Vacancies for the search index, many at once; those that no longer exist are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<VacancyView> forIndex(java.util.Collection<VacancyId> ids) {
        return vacancies.findAllById(ids.stream().map(VacancyId::value).toList()).stream().map(Vacancy::view).toList();
    }

    /** Every vacancy's ID, for a full rebuild of the search index. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<VacancyId> allIds() {
        return vacancies.allIds().stream().map(VacancyId::new).toList();
    }

    /** The vacancies changed since a moment (for the catch-up after a rebuild of the search index). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<VacancyId> changedSince(java.time.Instant since) {
        return vacancies.idsChangedSince(since).stream().map(VacancyId::new).toList();
    }

    /** Open vacancies, newest first, narrowed by type, place and ESCO occupation where given. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VacancyView> open(@org.jspecify.annotations.Nullable VacancyType type,
                                  java.util.@org.jspecify.annotations.Nullable UUID locationId,
                                  @org.jspecify.annotations.Nullable String occupationUri, int offset, int limit) {
        org.springframework.data.jpa.domain.Specification<Vacancy> open =
                (root, query, cb) -> cb.equal(root.get("status"), VacancyStatus.OPEN);
        if (type != null) {
            open = open.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        if (locationId != null) {
            open = open.and((root, query, cb) -> cb.equal(root.get("locationId"), locationId));
        }
        if (occupationUri != null && !occupationUri.isBlank()) {
            open = open.and((root, query, cb) -> cb.equal(root.get("occupationUri"), occupationUri));
        }
        var sort = org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("createdAt"),
                org.springframework.data.domain.Sort.Order.asc("id"));
        return vacancies.findAll(open, PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1), sort))
                .stream().map(Vacancy::view).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VacancyView> open(int offset, int limit) {
        return vacancies.findByStatus(VacancyStatus.OPEN, page(offset, limit)).stream().map(Vacancy::view).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countOpen() {
        return vacancies.countByStatus(VacancyStatus.OPEN);
    }

    /** The vacancies of the signed-in employer, in every status. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<VacancyView> mine(int offset, int limit) {
        return employers.employerOf(CurrentUser.require())
                .map(id -> vacancies.findByEmployer(id.value(), page(offset, limit)).stream().map(Vacancy::view).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public long countMine() {
        return employers.employerOf(CurrentUser.require()).map(id -> vacancies.countByEmployerId(id.value())).orElse(0L);
    }

    /** The open vacancies of one employer, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<VacancyView> openOf(EmployerId employer, int limit) {
        return vacancies.findByEmployerAndStatus(employer.value(), VacancyStatus.OPEN, page(0, limit)).stream()
                .map(Vacancy::view).toList();
    }

    /** A vacancy of the signed-in employer's own organisation (or any, for an administrator). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView managed(VacancyId id) {
        VacancyView vacancy = get(id);
        requireOwnEmployer(vacancy.employerId());
        if (employers.get(vacancy.employerId()).status() != EmployerStatus.APPROVED) {
            throw new AccessDeniedException("the employer is not approved (or suspended)");
        }
        return vacancy;
    }

    private void requireOwnEmployer(EmployerId employer) {
        if (!mayManage(CurrentUser.require(), employer)) {
            throw new AccessDeniedException("not your organisation's vacancy");
        }
    }

    private boolean mayManage(CurrentUser user, EmployerId employer) {
        return employers.mayManage(user, employer);
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return PageRequest.of(Math.max(offset, 0) / size, size);
    }
}
