package nl.werkbrug.employer;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, EmployerService employers, AuditLog auditLog,
                   ApplicationEventPublisher events, Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView post(VacancyDraft draft) {
        requireOwnEmployer(new EmployerId(draft.employerId()));
        var vacancy = vacancies.save(new Vacancy(draft, clock.instant()));
        auditLog.record("CREATE", "vacancy", vacancy.id().value().toString(), null);
        events.publishEvent(new VacancyChanged(vacancy.id()));
        return vacancy.view();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView changeStatus(VacancyId id, VacancyStatus status) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        requireOwnEmployer(new EmployerId(vacancy.employerId()));
        vacancy.changeStatus(status, clock.instant());
        events.publishEvent(new VacancyChanged(id));
        return vacancy.view();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public VacancyView get(VacancyId id) {
        var vacancy = vacancies.findById(id.value()).orElseThrow(() -> new NotFoundException("vacancy", id));
        var view = vacancy.view();
        if (view.status() != VacancyStatus.OPEN && !mayManage(CurrentUser.require(), view.employerId())) {
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

    /** Open vacancies per type, for the municipality. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public Map<VacancyType, Long> countOpenByType() {
        Map<VacancyType, Long> counts = new EnumMap<>(VacancyType.class);
        for (Object[] row : vacancies.countOpenByType()) {
            counts.put((VacancyType) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A vacancy of the signed-in employer's own organisation (or any, for an administrator). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public VacancyView managed(VacancyId id) {
        VacancyView vacancy = get(id);
        requireOwnEmployer(vacancy.employerId());
        return vacancy;
    }

    private void requireOwnEmployer(EmployerId employer) {
        if (!mayManage(CurrentUser.require(), employer)) {
            throw new AccessDeniedException("not your organisation's vacancy");
        }
    }

    private boolean mayManage(CurrentUser user, EmployerId employer) {
        return user.has(Role.ADMIN) || user.has(Role.EMPLOYER) && employers.employerOf(user)
                .filter(employer::equals).isPresent();
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return PageRequest.of(Math.max(offset, 0) / size, size);
    }
}
