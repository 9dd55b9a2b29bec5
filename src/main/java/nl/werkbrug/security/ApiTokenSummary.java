package nl.werkbrug.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an administrator sees of a token: never its secret. */
public record ApiTokenSummary(UUID id, String name, String owner, Set<ApiScope> scopes, Instant createdAt,
                              @Nullable Instant expiresAt, @Nullable Instant revokedAt,
                              @Nullable Instant lastUsedAt) {
}
