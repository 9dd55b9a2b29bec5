package nl.werkbrug.employer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
class Employer {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID organisationId = new UUID(0, 0);
    private @Nullable String kvkNumber;
    private String sector = "";
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    @Enumerated(EnumType.STRING)
    private EmployerStatus status = EmployerStatus.PENDING;
    private Instant createdAt = Instant.now();
    private @Nullable String reviewReason;
    private @Nullable Instant reviewedAt;
    private @Nullable UUID reviewedBy;
    @ElementCollection
    @CollectionTable(name = "employer_location", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "location_id")
    private Set<UUID> locationIds = new HashSet<>();

    private String description = "";
    private @Nullable String website;
    private boolean listedInNetwork;

    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "employer_commitment", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "commitment")
    @Enumerated(EnumType.STRING)
    private Set<Commitment> commitments = EnumSet.noneOf(Commitment.class);

    protected Employer() {
    }

    Employer(UUID organisationId, NewEmployer values, EmployerStatus status) {
        this.organisationId = organisationId;
        this.kvkNumber = values.kvkNumber();
        this.sector = values.sector().trim();
        this.contactName = values.contactName();
        this.contactEmail = values.contactEmail();
        this.status = status;
    }

    /** A registration by the employer itself: it waits for the municipality. */
    Employer(UUID organisationId, EmployerRegistration registration) {
        this.organisationId = organisationId;
        this.kvkNumber = registration.kvkNumber();
        this.sector = registration.sector().trim();
        this.contactName = registration.contactName().trim();
        this.contactEmail = registration.contactEmail().trim();
        this.contactPhone = registration.contactPhone();
        this.locationIds.addAll(registration.locationIds());
        this.status = EmployerStatus.PENDING;
    }

    EmployerStatus status() {
        return status;
    }

    /** The municipality's decision; a rejection or suspension keeps its reason for the employer to read. */
    void review(EmployerStatus decision, @Nullable String reason, UUID reviewer, Instant at) {
        this.status = decision;
        this.reviewReason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    EmployerDetails details(String name, @Nullable String municipality) {
        return new EmployerDetails(id(), name, kvkNumber, sector, municipality, contactName, contactEmail,
                contactPhone, Set.copyOf(locationIds), status, reviewReason, reviewedAt, createdAt);
    }

    EmployerId id() {
        return new EmployerId(id);
    }

    UUID organisationId() {
        return organisationId;
    }

    String sector() {
        return sector;
    }

    void changeProfile(ProfileChange change) {
        commitments.clear();
        commitments.addAll(change.commitments());
        description = change.description();
        website = change.website();
        listedInNetwork = change.listedInNetwork();
    }

    NetworkProfile profile(String name) {
        return new NetworkProfile(id(), name, status, commitments, description, website, listedInNetwork);
    }

    NetworkEntry entry(String name, @Nullable String municipality, java.util.Map<VacancyType, Long> openVacancies) {
        return new NetworkEntry(id(), name, sector, municipality, description, website, commitments, openVacancies);
    }

    EmployerView view(String name) {
        return new EmployerView(id(), organisationId, name, kvkNumber, sector, status);
    }
}
