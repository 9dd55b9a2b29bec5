package nl.werkbrug.candidate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.shared.WorkDays;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@SecondaryTable(name = "candidate_contact", pkJoinColumns = @PrimaryKeyJoinColumn(name = "candidate_id"))
class Candidate {

    @Id
    private UUID id = UUID.randomUUID();
    private @Nullable UUID userId;
    private @Nullable UUID jobhunterId;
    private UUID locationId = new UUID(0, 0);

    @Column(table = "candidate_contact")
    private String givenName = "";
    @Column(table = "candidate_contact")
    private @Nullable String familyName;
    @Column(table = "candidate_contact")
    private @Nullable String email;
    @Column(table = "candidate_contact")
    private @Nullable String phone;

    @Enumerated(EnumType.STRING)
    private NewcomerGroup newcomerGroup = NewcomerGroup.OTHER;
    @Enumerated(EnumType.STRING)
    private CefrLevel dutchLevel = CefrLevel.A0;
    private @Nullable Integer educationLevel;
    private @Nullable LocalDate availableFrom;
    private @Nullable Integer hoursMin;
    private @Nullable Integer hoursMax;
    private String workDays = "";
    private int maxTravelKm = 25;
    private String languageClassDays = "";

    private @Nullable LocalDate asylumProcedureStart;
    @Enumerated(EnumType.STRING)
    private PermitStatus permitStatus = PermitStatus.NOT_NEEDED;
    private @Nullable LocalDate permitStatusDate;
    private @Nullable LocalDate uwvNotifiedOn;
    private boolean volunteerDeclaration;
    @Enumerated(EnumType.STRING)
    private AsylumTrack asylumTrack = AsylumTrack.UNKNOWN;
    private @Nullable Instant matchingConsentAt;
    private LocalDate intakeDate = LocalDate.now();
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "candidate_language", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "level")
    @Enumerated(EnumType.STRING)
    private Map<String, CefrLevel> languages = new HashMap<>();

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "candidate_occupation", joinColumns = @JoinColumn(name = "candidate_id"))
    private Set<OccupationItem> occupations = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "candidate_skill", joinColumns = @JoinColumn(name = "candidate_id"))
    private Set<SkillItem> skills = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "candidate_certificate", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    private Set<Certificate> certificates = EnumSet.noneOf(Certificate.class);

    protected Candidate() {
    }

    Candidate(CandidateDraft draft, LocalDate today, Instant now) {
        this.userId = draft.userId();
        this.jobhunterId = draft.jobhunterId();
        this.intakeDate = draft.intakeDate() == null ? today : draft.intakeDate();
        this.createdAt = now;
        apply(draft, now);
    }

    void apply(CandidateDraft draft, Instant now) {
        var contact = draft.contact();
        this.givenName = contact.givenName().trim();
        this.familyName = contact.familyName();
        this.email = contact.email();
        this.phone = contact.phone();
        this.newcomerGroup = draft.group();
        this.locationId = draft.locationId();
        this.dutchLevel = draft.dutchLevel();
        this.educationLevel = draft.educationLevel();
        var availability = draft.availability();
        this.availableFrom = availability.from();
        this.hoursMin = availability.hoursMin();
        this.hoursMax = availability.hoursMax();
        this.workDays = WorkDays.format(availability.days());
        this.maxTravelKm = availability.maxTravelKm();
        this.languageClassDays = WorkDays.format(availability.classDays());
        var rights = draft.rightToWork();
        this.asylumProcedureStart = rights.asylumProcedureStart();
        this.permitStatus = rights.permitStatus();
        this.permitStatusDate = rights.permitStatusDate();
        this.uwvNotifiedOn = rights.uwvNotifiedOn();
        this.volunteerDeclaration = rights.volunteerDeclaration();
        this.asylumTrack = rights.asylumTrack();
        if (draft.matchingConsent() && matchingConsentAt == null) {
            this.matchingConsentAt = now;
        } else if (!draft.matchingConsent()) {
            this.matchingConsentAt = null;
        }
        this.languages.clear();
        this.languages.putAll(draft.otherLanguages());
        Map<String, ItemSource> known = sources();
        Set<OccupationItem> newOccupations = new HashSet<>();
        draft.occupations().forEach((uri, months) -> newOccupations.add(new OccupationItem(uri, months,
                source(draft, known, uri))));
        Set<SkillItem> newSkills = new HashSet<>();
        draft.skills().forEach(uri -> newSkills.add(new SkillItem(uri, source(draft, known, uri))));
        this.occupations.clear();
        this.occupations.addAll(newOccupations);
        this.skills.clear();
        this.skills.addAll(newSkills);
        this.certificates.clear();
        this.certificates.addAll(draft.certificates());
        this.updatedAt = now;
    }

    /** The source the draft gives, else the one already recorded, else entered by hand. */
    private static ItemSource source(CandidateDraft draft, Map<String, ItemSource> known, String uri) {
        ItemSource given = draft.sources().get(uri);
        return given != null ? given : known.getOrDefault(uri, ItemSource.ENTERED);
    }

    private Map<String, ItemSource> sources() {
        Map<String, ItemSource> sources = new HashMap<>();
        occupations.forEach(item -> sources.put(item.escoUri(), item.source()));
        skills.forEach(item -> sources.put(item.escoUri(), item.source()));
        return sources;
    }

    /** A step in the work permit's history becomes the permit's current status. */
    void recordPermit(PermitStatus status, LocalDate on, Instant now) {
        this.permitStatus = status;
        this.permitStatusDate = on;
        this.updatedAt = now;
    }

    void consentToMatching(boolean consent, Instant now) {
        this.matchingConsentAt = consent ? (matchingConsentAt == null ? now : matchingConsentAt) : null;
        this.updatedAt = now;
    }

    /** Links the account the person made with their activation link. */
    void linkAccount(UUID userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    LocalDate intakeDate() {
        return intakeDate;
    }

    void assignJobhunter(UUID jobhunter, Instant now) {
        this.jobhunterId = jobhunter;
        this.updatedAt = now;
    }

    CandidateFacts facts() {
        return new CandidateFacts(id(), locationId, intakeDate, userId, jobhunterId);
    }

    ContactDetails contact() {
        return new ContactDetails(givenName, familyName, email, phone);
    }

    CandidateId id() {
        return new CandidateId(id);
    }

    @Nullable UUID userId() {
        return userId;
    }

    @Nullable UUID jobhunterId() {
        return jobhunterId;
    }

    UUID locationId() {
        return locationId;
    }

    NewcomerGroup group() {
        return newcomerGroup;
    }

    CandidateProfile profile() {
        return new CandidateProfile(id(), new ContactDetails(givenName, familyName, email, phone), newcomerGroup,
                locationId, dutchLevel, Map.copyOf(languages), educationLevel, occupationMonths(),
                skillUris(), Set.copyOf(certificates), new Availability(availableFrom, hoursMin, hoursMax, WorkDays.parse(workDays),
                maxTravelKm, WorkDays.parse(languageClassDays)),
                new RightToWork(asylumProcedureStart, permitStatus, permitStatusDate, uwvNotifiedOn,
                        volunteerDeclaration, asylumTrack),
                matchingConsentAt, intakeDate, userId, jobhunterId, Map.copyOf(sources()));
    }

    private Map<String, Integer> occupationMonths() {
        Map<String, Integer> months = new HashMap<>();
        occupations.forEach(item -> months.put(item.escoUri(), item.monthsExperience()));
        return Map.copyOf(months);
    }

    private Set<String> skillUris() {
        Set<String> uris = new HashSet<>();
        skills.forEach(item -> uris.add(item.escoUri()));
        return Set.copyOf(uris);
    }

    CandidateSummary summary() {
        String name = familyName == null ? givenName : givenName + " " + familyName;
        return new CandidateSummary(id(), name, newcomerGroup, locationId, dutchLevel, intakeDate, permitStatus,
                matchingConsentAt != null);
    }
}
