package nl.werkbrug.matching;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A candidate a jobhunter keeps for a vacancy. */
@Entity
class ShortlistEntry {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID vacancyId = new UUID(0, 0);
    private UUID candidateId = new UUID(0, 0);
    private UUID addedBy = new UUID(0, 0);
    private Instant addedAt = Instant.EPOCH;

    protected ShortlistEntry() {
    }

    ShortlistEntry(UUID vacancyId, UUID candidateId, UUID addedBy, Instant addedAt) {
        this.vacancyId = vacancyId;
        this.candidateId = candidateId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    UUID vacancyId() {
        return vacancyId;
    }

    UUID candidateId() {
        return candidateId;
    }

    Instant addedAt() {
        return addedAt;
    }
}
