package nl.werkbrug.candidate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time link with which a newcomer makes their own account; only a hash of its token is kept. */
@Entity
@Table(name = "candidate_activation")
class CandidateActivation {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID candidateId = new UUID(0, 0);
    private String tokenHash = "";
    private UUID createdBy = new UUID(0, 0);
    private Instant createdAt = Instant.EPOCH;
    private Instant expiresAt = Instant.EPOCH;
    private @Nullable Instant usedAt;
    private boolean withdrawn;

    protected CandidateActivation() {
    }

    CandidateActivation(UUID candidateId, String tokenHash, UUID createdBy, Instant now, Instant expiresAt) {
        this.candidateId = candidateId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    UUID candidateId() {
        return candidateId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean open(Instant now) {
        return usedAt == null && !withdrawn && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void withdraw() {
        this.withdrawn = true;
    }
}
