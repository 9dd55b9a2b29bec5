package nl.werkbrug.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in, creation by an administrator, the remembered language. */
@Service
public class UserService implements UserDetailsService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    WerkbrugPrincipal principal(UserAccount account) {
        return new WerkbrugPrincipal(account.toCurrentUser(), account.passwordHash(), account.enabled(), List.of());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserId create(NewUser user) {
        if (users.findByUsername(user.username()).isPresent()) {
            throw new IllegalArgumentException("username taken: " + user.username());
        }
        var account = new UserAccount(user.username(), passwordEncoder.encode(user.password()),
                user.displayName(), user.roles());
        account.locationIds().addAll(user.locationIds());
        account.setOrganisationId(user.organisationId());
        account.setLocale(user.locale());
        account.setEmail(user.email());
        users.save(account);
        auditLog.record("CREATE", "user", account.id().toString(), "account created");
        return account.id();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> list() {
        return users.findAll().stream()
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), java.util.Set.copyOf(u.roles()),
                        u.locale(), u.enabled(), u.createdAt()))
                .sorted(java.util.Comparator.comparing(UserSummary::username))
                .toList();
    }

    /** Whether a username is taken (registration forms say so before they submit). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean exists(String username) {
        return username != null && users.findByUsername(username.strip()).isPresent();
    }

    /** The accounts of the signed-in person's own organisation (an employer's colleagues). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<UserSummary> colleagues() {
        var organisation = CurrentUser.require().organisationId();
        if (organisation == null) {
            return List.of();
        }
        return users.findByOrganisationId(organisation).stream()
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), java.util.Set.copyOf(u.roles()),
                        u.locale(), u.enabled(), u.createdAt()))
                .sorted(java.util.Comparator.comparing(UserSummary::displayName))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<UserId> findId(String username) {
        return users.findByUsername(username).map(UserAccount::id);
    }

    /** The language the signed-in person chose last time, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> rememberedLocale() {
        return CurrentUser.get().flatMap(user -> users.findById(user.id().value())).map(UserAccount::locale);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberLocale(@Nullable String languageTag) {
        CurrentUser.get().flatMap(user -> users.findById(user.id().value()))
                .ifPresent(account -> account.setLocale(languageTag));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String displayName() {
        return CurrentUser.get().flatMap(user -> users.findById(user.id().value()))
                .map(UserAccount::displayName).orElse("");
    }

    /**
     * Where and in which language to mail an account's notifications, read by the system (the mail
     * sender); empty when the account has no e-mail address or is disabled.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<MailContact> mailContact(UserId id) {
        return users.findById(id.value()).filter(UserAccount::enabled).filter(u -> u.email() != null)
                .map(u -> new MailContact(java.util.Objects.requireNonNull(u.email()), u.displayName(), u.locale()));
    }

    /** The enabled jobhunters who work for a location, for reminders about its candidates. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserId> jobhunterIdsAt(java.util.UUID locationId) {
        return users.findIdsByRoleAtLocation(Role.JOBHUNTER, locationId).stream().map(UserId::new).toList();
    }

    /**
     * Makes the account of a newcomer who opened a valid one-time activation link: only the NEWCOMER
     * role, no locations, no organisation. Anyone may call it, because the person is not signed in
     * yet; the caller checks the link first (an account made so sees nothing until a profile is linked
     * to it). Refuses a taken or malformed username and a password shorter than 12 characters.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public UserId createNewcomer(String username, String password, String displayName, @Nullable String locale) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new IllegalArgumentException("username");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password");
        }
        if (users.findByUsername(username.strip()).isPresent()) {
            throw new IllegalStateException("username taken");
        }
        var account = new UserAccount(username.strip(), passwordEncoder.encode(password), displayName.strip(),
                java.util.Set.of(Role.NEWCOMER));
        account.setLocale(locale);
        users.save(account);
        auditLog.record("CREATE", "user", account.id().toString(), "newcomer activated their account");
        return account.id();
    }

    /**
     * Deletes an account with its roles, locations and API tokens: the person's own, or anyone's by an
     * administrator. The audit log keeps its entries.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('NEWCOMER', 'ADMIN')")
    public void erase(UserId id, String purpose) {
        var user = CurrentUser.require();
        if (!user.has(Role.ADMIN) && !user.id().equals(id)) {
            throw new org.springframework.security.access.AccessDeniedException("not your account");
        }
        users.findById(id.value()).ifPresent(account -> {
            users.delete(account);
            auditLog.record("ERASE", "user", id.toString(), purpose);
        });
    }

    /**
     * When each of the given accounts was last used: its last sign-in, else its creation. Accounts that
     * do not exist are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Map<UserId, java.time.Instant> lastActive(java.util.Collection<UserId> ids) {
        java.util.Map<UserId, java.time.Instant> result = new java.util.HashMap<>();
        users.findAllById(ids.stream().map(UserId::value).toList())
                .forEach(account -> result.put(account.id(), account.lastActive()));
        return result;
    }

    /** The IDs of an organisation's accounts (an employer's people), to address a notice to; nothing else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<java.util.UUID> idsOfOrganisation(java.util.UUID organisationId) {
        return users.findByOrganisationId(organisationId).stream().filter(UserAccount::enabled)
                .map(u -> u.id().value()).toList();
    }

    /** The jobhunters who work at a location: the colleagues a candidate there can be handed over to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public List<UserSummary> jobhuntersAt(java.util.UUID locationId) {
        return users.findAll().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.JOBHUNTER) && u.locationIds().contains(locationId))
                .map(u -> new UserSummary(u.id(), u.username(), u.displayName(), java.util.Set.copyOf(u.roles()),
                        u.locale(), u.enabled(), u.createdAt()))
                .sorted(java.util.Comparator.comparing(UserSummary::displayName))
                .toList();
    }
}
