package nl.werkbrug.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account to create; the password is hashed before it is stored. The e-mail address, when given,
 * is where the person's notifications are mailed.
 */
public record NewUser(String username, String password, String displayName, Set<Role> roles,
                      Set<UUID> locationIds, @Nullable UUID organisationId, @Nullable String locale,
                      @Nullable String email) {

    public NewUser {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** An account without an e-mail address: notifications only in the app. */
    public NewUser(String username, String password, String displayName, Set<Role> roles,
                   Set<UUID> locationIds, @Nullable UUID organisationId, @Nullable String locale) {
        this(username, password, displayName, roles, locationIds, organisationId, locale, null);
    }
}
