package nl.werkbrug.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: created by an administrator for an account, limited by scopes. */
@Service
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates a token with a fresh random secret; the secret is shown once and never stored. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String create(UserId owner, String name, Set<ApiScope> scopes, @Nullable Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = "wb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        createWithValue(owner, name, scopes, expiresAt, value);
        return value;
    }

    /** Creates a token with a given secret (demo data); never used outside the demo profile. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void createWithValue(UserId owner, String name, Set<ApiScope> scopes, @Nullable Instant expiresAt,
                                String value) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one scope");
        }
        if (users.findById(owner.value()).isEmpty()) {
            throw new IllegalArgumentException("unknown account " + owner);
        }
        var creator = CurrentUser.get().map(CurrentUser::id).filter(id -> users.existsById(id.value())).orElse(null);
        var token = new ApiToken(name, hash(value), owner, scopes, creator, expiresAt);
        tokens.save(token);
        auditLog.record("CREATE", "api-token", token.id().toString(), "token " + name + " for " + owner);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiTokenSummary> list() {
        var names = users.findAll().stream().collect(Collectors.toMap(u -> u.id().value(), UserAccount::username));
        return tokens.findAll().stream()
                .map(t -> new ApiTokenSummary(t.id(), t.name(), names.getOrDefault(t.userId(), "?"), t.scopes(),
                        t.createdAt(), t.expiresAt(), t.revokedAt(), t.lastUsedAt()))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(UUID tokenId) {
        tokens.findById(tokenId).ifPresent(token -> {
            token.revoke(clock.instant());
            auditLog.record("REVOKE", "api-token", tokenId.toString(), null);
        });
    }

    /** The authentication a presented secret stands for, if it is valid now. */
    @Transactional
    Optional<Authentication> authenticate(String value) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(value))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> users.findById(token.userId())
                        .filter(UserAccount::enabled)
                        .map(user -> {
                            token.used(now);
                            var scopes = token.scopes().stream()
                                    .map(scope -> new SimpleGrantedAuthority(scope.authority())).toList();
                            var principal = new WerkbrugPrincipal(user.toCurrentUser(), "", true, scopes);
                            return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                                    principal.getAuthorities());
                        }));
    }

    static String hash(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
