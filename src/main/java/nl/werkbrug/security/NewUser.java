package nl.werkbrug.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account to create; the password is hashed before it is stored. */
public record NewUser(String username, String password, String displayName, Set<Role> roles,
                      Set<UUID> locationIds, @Nullable UUID organisationId, @Nullable String locale) {
}
