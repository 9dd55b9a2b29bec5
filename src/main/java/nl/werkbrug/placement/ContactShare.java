package nl.werkbrug.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A candidate's name and contact details shared with one employer, after accepting an introduction. */
@Entity
@Table(name = "contact_share")
class ContactShare {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID candidateId = new UUID(0, 0);
    private UUID employerId = new UUID(0, 0);
    private UUID introductionId = new UUID(0, 0);
    private Instant sharedAt = Instant.EPOCH;
    private @Nullable Instant withdrawnAt;

    protected ContactShare() {
    }

    ContactShare(UUID candidateId, UUID employerId, UUID introductionId, Instant sharedAt) {
        this.candidateId = candidateId;
        this.employerId = employerId;
        this.introductionId = introductionId;
        this.sharedAt = sharedAt;
    }

    UUID id() {
        return id;
    }

    UUID candidateId() {
        return candidateId;
    }

    UUID employerId() {
        return employerId;
    }

    UUID introductionId() {
        return introductionId;
    }

    Instant sharedAt() {
        return sharedAt;
    }

    @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            this.withdrawnAt = at;
        }
    }
}
