package nl.werkbrug.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
class Organisation {

    @Id
    private UUID id = UUID.randomUUID();
    private String name = "";
    @Enumerated(EnumType.STRING)
    private OrganisationType type = OrganisationType.MUNICIPALITY;
    private @Nullable String municipality;
    private Instant createdAt = Instant.now();

    protected Organisation() {
    }

    Organisation(NewOrganisation values) {
        this.name = values.name().trim();
        this.type = values.type();
        this.municipality = values.municipality();
    }

    OrganisationView view() {
        return new OrganisationView(new OrganisationId(id), name, type, municipality);
    }
}
