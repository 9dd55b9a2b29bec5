package nl.werkbrug.employer;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkbrug.organisation.OrganisationId;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network of inclusive employers. An employer's own staff keep its profile (commitments,
 * description, website, and whether it is listed); the directory shows only employers the
 * municipality approved and that chose to be listed. The directory is searched in memory: a
 * region's network is a few hundred employers at most, and their names live in the organisation
 * module.
 */
@Service
public class EmployerNetwork {

    private final EmployerRepository employers;
    private final VacancyRepository vacancies;
    private final EmployerService employerService;
    private final OrganisationService organisations;
    private final AuditLog auditLog;

    EmployerNetwork(EmployerRepository employers, VacancyRepository vacancies, EmployerService employerService,
                    OrganisationService organisations, AuditLog auditLog) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.employerService = employerService;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** The profile of the employer the signed-in person works for, if they work for one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public Optional<NetworkProfile> myProfile() {
        return employerService.employerOf(CurrentUser.require()).map(this::profile);
    }

    /** An employer's profile: for its own staff and administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public NetworkProfile profile(EmployerId id) {
        requireOwn(id);
        var employer = find(id);
        return employer.profile(nameOf(employer));
    }

    /**
     * Changes an employer's profile. Only its own staff (and administrators) may: the check is here,
     * not only in the view, because the API and other screens reach the same method.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
    public NetworkProfile updateProfile(EmployerId id, ProfileChange change) {
        requireOwn(id);
        String problem = change.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        var employer = find(id);
        employer.changeProfile(change);
        auditLog.record("UPDATE", "employer-profile", id.value().toString(),
                change.listedInNetwork() ? "listed" : "not listed");
        return employer.profile(nameOf(employer));
    }

    /** The listed, approved employers that fit a search, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'EMPLOYER', 'MUNICIPALITY', 'ADMIN')")
    public List<NetworkEntry> directory(NetworkQuery query) {
        Map<UUID, OrganisationView> organisationsById = organisations.organisations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        Map<UUID, Map<VacancyType, Long>> open = openVacancies();
        List<String> words = words(query.text());
        return employers.findByStatusAndListedInNetworkTrue(EmployerStatus.APPROVED).stream()
                .map(e -> {
                    var organisation = organisationsById.get(e.organisationId());
                    return e.entry(organisation == null ? "" : organisation.name(),
                            organisation == null ? null : organisation.municipality(),
                            open.getOrDefault(e.id().value(), Map.of()));
                })
                .filter(entry -> entry.commitments().containsAll(query.commitments()))
                .filter(entry -> query.sector() == null || query.sector().equalsIgnoreCase(entry.sector()))
                .filter(entry -> words.isEmpty() || containsAll(haystack(entry), words))
                .sorted(Comparator.comparing(NetworkEntry::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The sectors of the employers in the directory, for its filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('NEWCOMER', 'JOBHUNTER', 'EMPLOYER', 'MUNICIPALITY', 'ADMIN')")
    public List<String> sectors() {
        return employers.findByStatusAndListedInNetworkTrue(EmployerStatus.APPROVED).stream()
                .map(Employer::sector).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private Map<UUID, Map<VacancyType, Long>> openVacancies() {
        Map<UUID, Map<VacancyType, Long>> open = new HashMap<>();
        for (Object[] row : vacancies.countOpenByEmployerAndType()) {
            open.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(VacancyType.class))
                    .put((VacancyType) row[1], (Long) row[2]);
        }
        return open;
    }

    private String nameOf(Employer employer) {
        return organisations.organisation(new OrganisationId(employer.organisationId()))
                .map(OrganisationView::name).orElse("");
    }

    private Employer find(EmployerId id) {
        return employers.findById(id.value()).orElseThrow(() -> new NotFoundException("employer", id));
    }

    private void requireOwn(EmployerId id) {
        if (!employerService.mayManage(CurrentUser.require(), id)) {
            throw new AccessDeniedException("not your organisation's profile");
        }
    }

    private static String haystack(NetworkEntry entry) {
        return fold(String.join(" ", entry.name(), entry.sector(),
                entry.municipality() == null ? "" : entry.municipality(), entry.description()));
    }

    private static boolean containsAll(String haystack, List<String> words) {
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(fold(text).trim().split("\\s+"));
    }

    /** Lower case without accents, so that "cafe" finds "Café". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
