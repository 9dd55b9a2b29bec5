package nl.werkbrug.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    private UUID id;
    private String username;
    private String passwordHash;
    private String displayName;
    private @Nullable String locale;
    private @Nullable String email;
    private @Nullable UUID organisationId;
    private boolean enabled = true;
    private Instant createdAt;
    private @Nullable Instant lastSignIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_location", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "location_id")
    private Set<UUID> locationIds = new HashSet<>();

    protected UserAccount() {
        this.id = UUID.randomUUID();
        this.username = "";
        this.passwordHash = "";
        this.displayName = "";
        this.createdAt = Instant.now();
    }

    UserAccount(String username, String passwordHash, String displayName, Set<Role> roles) {
        this();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(new UserId(id), username, Set.copyOf(roles), Set.copyOf(locationIds), organisationId);
    }

    UserId id() {
        return new UserId(id);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String locale() {
        return locale;
    }

    void setLocale(@Nullable String locale) {
        this.locale = locale;
    }

    @Nullable String email() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles;
    }

    Set<UUID> locationIds() {
        return locationIds;
    }

    @Nullable UUID organisationId() {
        return organisationId;
    }

    void setOrganisationId(@Nullable UUID organisationId) {
        this.organisationId = organisationId;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The last successful sign-in, else the creation of the account. */
    Instant lastActive() {
        return lastSignIn == null ? createdAt : lastSignIn;
    }
}
