package nl.werkbrug.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A bearer token for the API. Only a SHA-256 hash of the secret is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    private UUID id;
    private String name;
    private String tokenHash;
    private UUID userId;
    private String scopes;
    private @Nullable UUID createdBy;
    private Instant createdAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant revokedAt;
    private @Nullable Instant lastUsedAt;

    protected ApiToken() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.tokenHash = "";
        this.userId = new UUID(0, 0);
        this.scopes = "";
        this.createdAt = Instant.now();
    }

    ApiToken(String name, String tokenHash, UserId owner, Set<ApiScope> scopes, @Nullable UserId createdBy,
             @Nullable Instant expiresAt) {
        this();
        this.name = name;
        this.tokenHash = tokenHash;
        this.userId = owner.value();
        this.scopes = ApiScope.format(scopes);
        this.createdBy = createdBy == null ? null : createdBy.value();
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    UUID userId() {
        return userId;
    }

    Set<ApiScope> scopes() {
        return ApiScope.parse(scopes);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant expiresAt() {
        return expiresAt;
    }

    @Nullable Instant revokedAt() {
        return revokedAt;
    }

    @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }
}
