package nl.werkbrug.employer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.organisation.NewOrganisation;
import nl.werkbrug.organisation.OrganisationId;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationType;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Employers: each is an organisation of type EMPLOYER with what the network needs to know of it. */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final OrganisationService organisations;
    private final AuditLog auditLog;

    EmployerService(EmployerRepository employers, OrganisationService organisations, AuditLog auditLog) {
        this.employers = employers;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** Registers an employer; one registered by the municipality or an administrator is approved at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public EmployerView register(NewEmployer values) {
        if (values.kvkNumber() != null && employers.existsByKvkNumber(values.kvkNumber())) {
            throw new IllegalArgumentException("an employer with this KvK number exists: " + values.kvkNumber());
        }
        var organisation = organisations.register(
                new NewOrganisation(values.name(), OrganisationType.EMPLOYER, values.municipality()));
        var employer = employers.save(new Employer(organisation.id().value(), values, EmployerStatus.APPROVED));
        auditLog.record("CREATE", "employer", employer.id().value().toString(), null);
        return employer.view(organisation.name());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EmployerView> list() {
        Map<UUID, String> names = organisations.organisations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), OrganisationView::name));
        return employers.findAll().stream()
                .map(e -> e.view(names.getOrDefault(e.organisationId(), "")))
                .sorted(Comparator.comparing(EmployerView::name))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EmployerView get(EmployerId id) {
        var employer = employers.findById(id.value()).orElseThrow(() -> new NotFoundException("employer", id));
        return employer.view(nameOf(employer));
    }

    /** The employer the signed-in person works for, if they work for one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public Optional<EmployerView> mine() {
        return CurrentUser.require().organisationId() == null ? Optional.empty()
                : employers.findByOrganisationId(CurrentUser.require().organisationId())
                        .map(e -> e.view(nameOf(e)));
    }

    Optional<EmployerId> employerOf(CurrentUser user) {
        return Optional.ofNullable(user.organisationId()).flatMap(employers::findByOrganisationId).map(Employer::id);
    }

    /** Whether someone may act for an employer: its own staff, or an administrator. */
    boolean mayManage(CurrentUser user, EmployerId employer) {
        return user.has(Role.ADMIN) || user.has(Role.EMPLOYER) && employerOf(user).filter(employer::equals).isPresent();
    }

    private String nameOf(Employer employer) {
        return organisations.organisation(new OrganisationId(employer.organisationId()))
                .map(OrganisationView::name).orElse("");
    }

}
