package nl.werkbrug.employer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.shared.WorkDays;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
class Vacancy {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID employerId = new UUID(0, 0);
    private String title = "";
    private String description = "";
    @Enumerated(EnumType.STRING)
    private VacancyType type = VacancyType.JOB;
    @Enumerated(EnumType.STRING)
    private VacancyStatus status = VacancyStatus.OPEN;
    private String occupationUri = "";
    @Enumerated(EnumType.STRING)
    private CefrLevel dutchLevel = CefrLevel.A0;
    private @Nullable Integer educationLevel;
    private int hoursMin;
    private int hoursMax;
    private String workDays = "";
    private String languageDays = "";
    private UUID locationId = new UUID(0, 0);
    private @Nullable BigDecimal hourlyWage;
    private @Nullable LocalDate startDate;
    private int positions = 1;
    private boolean permitWilling;
    @Enumerated(EnumType.STRING)
    private @Nullable ContractType contractType;
    private int minimumAge = 21;
    private @Nullable Integer maxHoursPerDay;
    private boolean housingTied;
    private boolean feesCharged;
    private boolean unpaidTrial;
    private String otherLanguages = "";
    private boolean languageSupport;
    @Enumerated(EnumType.STRING)
    private @Nullable CefrLevel dutchLevelTarget;
    private String reviewReasons = "";
    private @Nullable String reviewNote;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    /** ESCO skill URI to whether it is essential (true) or optional (false). */
    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "vacancy_skill", joinColumns = @JoinColumn(name = "vacancy_id"))
    @MapKeyColumn(name = "esco_uri")
    @Column(name = "essential")
    private Map<String, Boolean> skills = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "vacancy_certificate", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    private Set<Certificate> certificates = java.util.EnumSet.noneOf(Certificate.class);

    protected Vacancy() {
    }

    Vacancy(VacancyDraft draft, Instant now) {
        this.createdAt = now;
        apply(draft, now);
    }

    void apply(VacancyDraft draft, Instant now) {
        this.employerId = draft.employerId();
        this.title = draft.title().trim();
        this.description = draft.description();
        this.type = draft.type();
        this.occupationUri = draft.occupationUri();
        this.dutchLevel = draft.dutchLevel();
        this.educationLevel = draft.educationLevel();
        this.hoursMin = draft.hoursMin();
        this.hoursMax = draft.hoursMax();
        this.workDays = WorkDays.format(draft.workDays());
        this.languageDays = WorkDays.format(draft.languageDays());
        this.locationId = draft.locationId();
        this.hourlyWage = draft.hourlyWage();
        this.startDate = draft.startDate();
        this.positions = draft.positions();
        this.permitWilling = draft.permitWilling();
        this.skills.clear();
        draft.optionalSkills().forEach(uri -> skills.put(uri, false));
        draft.essentialSkills().forEach(uri -> skills.put(uri, true));
        this.certificates.clear();
        this.certificates.addAll(draft.certificates());
        var terms = draft.terms();
        this.contractType = terms.contractType();
        this.minimumAge = terms.minimumAge();
        this.maxHoursPerDay = terms.maxHoursPerDay();
        this.housingTied = terms.housingTied();
        this.feesCharged = terms.feesCharged();
        this.unpaidTrial = terms.unpaidTrial();
        this.otherLanguages = draft.otherLanguages().stream().sorted().collect(Collectors.joining(","));
        this.languageSupport = draft.languageSupport();
        this.dutchLevelTarget = draft.dutchLevelTarget();
        this.updatedAt = now;
    }

    /** What the employer wrote, to change it or to start a new vacancy from it. */
    VacancyDraft draft() {
        var view = view();
        return new VacancyDraft(employerId, title, description, type, occupationUri, view.essentialSkills(),
                view.optionalSkills(), dutchLevel, educationLevel, hoursMin, hoursMax, view.workDays(),
                view.languageDays(), locationId, hourlyWage, startDate, positions, permitWilling, view.certificates(),
                view.terms(), view.otherLanguages(), languageSupport, dutchLevelTarget);
    }

    void changeStatus(VacancyStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Held for the municipality's review, with the codes of what the fair-work check found. */
    void holdForReview(java.util.List<String> reasons, Instant now) {
        this.status = VacancyStatus.IN_REVIEW;
        this.reviewReasons = String.join(",", reasons);
        this.reviewNote = null;
        this.updatedAt = now;
    }

    /** Back to the municipality after the employer changed a vacancy it did not publish, for the same reasons. */
    void resubmit(Instant now) {
        this.status = VacancyStatus.IN_REVIEW;
        this.reviewNote = null;
        this.updatedAt = now;
    }

    /** The municipality's decision: published, or not, with a note for the employer. */
    void reviewed(boolean publish, @Nullable String note, Instant now) {
        this.status = publish ? VacancyStatus.OPEN : VacancyStatus.REJECTED;
        this.reviewNote = note;
        this.updatedAt = now;
    }

    VacancyStatus status() {
        return status;
    }

    VacancyId id() {
        return new VacancyId(id);
    }

    UUID employerId() {
        return employerId;
    }

    VacancyView view() {
        return new VacancyView(id(), new EmployerId(employerId), title, description, type, status, occupationUri,
                skillsWhere(true), skillsWhere(false), dutchLevel, educationLevel, hoursMin, hoursMax,
                WorkDays.parse(workDays), WorkDays.parse(languageDays), locationId, hourlyWage, startDate,
                positions, permitWilling, Set.copyOf(certificates),
                new WorkTerms(contractType, minimumAge, maxHoursPerDay, housingTied, feesCharged, unpaidTrial),
                otherLanguages.isEmpty() ? Set.of() : Set.of(otherLanguages.split(",")), languageSupport,
                dutchLevelTarget,
                reviewReasons.isEmpty() ? java.util.List.of() : java.util.List.of(reviewReasons.split(",")), reviewNote, createdAt);
    }

    private Set<String> skillsWhere(boolean essential) {
        return skills.entrySet().stream().filter(e -> e.getValue() == essential).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
