package nl.werkbrug.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator sees of an account. */
public record UserSummary(UserId id, String username, String displayName, Set<Role> roles,
                          @Nullable String locale, boolean enabled, Instant createdAt) {
}
