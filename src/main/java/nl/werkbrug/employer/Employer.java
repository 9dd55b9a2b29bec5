package nl.werkbrug.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
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
    @Enumerated(EnumType.STRING)
    private EmployerStatus status = EmployerStatus.PENDING;
    private Instant createdAt = Instant.now();

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

    EmployerId id() {
        return new EmployerId(id);
    }

    UUID organisationId() {
        return organisationId;
    }

    EmployerView view(String name) {
        return new EmployerView(id(), organisationId, name, kvkNumber, sector, status);
    }
}
