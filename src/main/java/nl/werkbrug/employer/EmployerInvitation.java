package nl.werkbrug.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation for a colleague to join an employer's account; only a hash of its token is kept. */
@Entity
@Table(name = "employer_invitation")
class EmployerInvitation {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID employerId = new UUID(0, 0);
    private String email = "";
    private String name = "";
    private String tokenHash = "";
    private UUID invitedBy = new UUID(0, 0);
    private Instant createdAt = Instant.EPOCH;
    private Instant expiresAt = Instant.EPOCH;
    private @Nullable Instant acceptedAt;
    private boolean withdrawn;

    protected EmployerInvitation() {
    }

    EmployerInvitation(UUID employerId, String name, String email, String tokenHash, UUID invitedBy, Instant now,
                       Instant expiresAt) {
        this.employerId = employerId;
        this.name = name;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    UUID employerId() {
        return employerId;
    }

    String email() {
        return email;
    }

    boolean open(Instant now) {
        return acceptedAt == null && !withdrawn && now.isBefore(expiresAt);
    }

    void accept(Instant now) {
        this.acceptedAt = now;
    }

    void withdraw() {
        this.withdrawn = true;
    }

    EmployerOnboarding.Invitation view(Instant now) {
        var state = acceptedAt != null ? EmployerOnboarding.InvitationState.ACCEPTED
                : withdrawn ? EmployerOnboarding.InvitationState.WITHDRAWN
                : now.isBefore(expiresAt) ? EmployerOnboarding.InvitationState.OPEN
                : EmployerOnboarding.InvitationState.EXPIRED;
        return new EmployerOnboarding.Invitation(id, name, email, createdAt, expiresAt, state);
    }
}
