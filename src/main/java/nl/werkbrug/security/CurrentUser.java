package nl.werkbrug.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, as the service layer needs to know them. */
public record CurrentUser(UserId id, String username, Set<Role> roles, Set<UUID> locationIds,
                          @org.jspecify.annotations.Nullable UUID organisationId) implements java.io.Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }

    /** The signed-in user, if the current request has one. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WerkbrugPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** A name for the audit trail, also for requests without a signed-in user. */
    public static String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
