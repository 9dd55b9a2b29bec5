package nl.werkbrug.candidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.shared.UiLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for people registered at intake: their jobhunter makes a one-time activation link (valid
 * for {@link #LINK_VALID}, withdrawable, stored only as a SHA-256 hash), with which the person chooses
 * a username and password and gets a newcomer account linked to their profile.
 */
@Service
public class CandidateAccounts {

    /** How long an activation link works. */
    public static final Duration LINK_VALID = Duration.ofDays(14);

    /** A new link's token (shown once, to pass on) and until when it works. */
    public record NewActivation(String token, Instant expiresAt) {
    }

    /** What the activation page shows before the account is made. */
    public record ActivationLink(String givenName, boolean open) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CandidateRepository candidates;
    private final CandidateActivationRepository activations;
    private final CandidateService access;
    private final UserService users;
    private final AuditLog auditLog;
    private final Clock clock;

    CandidateAccounts(CandidateRepository candidates, CandidateActivationRepository activations,
                      CandidateService access, UserService users, AuditLog auditLog, Clock clock) {
        this.candidates = candidates;
        this.activations = activations;
        this.access = access;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Makes an activation link for a candidate without an account, by someone who works with them;
     * earlier open links of the candidate stop working.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public NewActivation createLink(CandidateId id) {
        access.checkAccess(id, null);
        var candidate = candidates.findById(id.value()).orElseThrow(() -> new NotFoundException("candidate", id));
        if (candidate.userId() != null) {
            throw new ActivationRefused("HAS_ACCOUNT", "");
        }
        Instant now = clock.instant();
        activations.findByCandidateId(id.value()).stream().filter(a -> a.open(now))
                .forEach(CandidateActivation::withdraw);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var activation = activations.save(new CandidateActivation(id.value(), hash(token),
                CurrentUser.require().id().value(), now, now.plus(LINK_VALID)));
        auditLog.record("ACTIVATION_LINK", "candidate", id.value().toString(), "account link made");
        return new NewActivation(token, activation.expiresAt());
    }

    /** Until when the candidate's open activation link works, if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public Optional<Instant> openLink(CandidateId id) {
        access.checkAccess(id, null);
        Instant now = clock.instant();
        return activations.findByCandidateId(id.value()).stream().filter(a -> a.open(now))
                .map(CandidateActivation::expiresAt).max(Instant::compareTo);
    }

    /** Withdraws the candidate's open activation links. */
    @Transactional
    @PreAuthorize("hasAnyRole('JOBHUNTER', 'ADMIN')")
    public void withdrawLinks(CandidateId id) {
        access.checkAccess(id, null);
        Instant now = clock.instant();
        activations.findByCandidateId(id.value()).stream().filter(a -> a.open(now))
                .forEach(CandidateActivation::withdraw);
        auditLog.record("ACTIVATION_WITHDRAW", "candidate", id.value().toString(), "account link withdrawn");
    }

    /** What an activation link shows: the person's first name and whether the link still works. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<ActivationLink> link(String token) {
        return activations.findByTokenHash(hash(token)).flatMap(activation -> candidates
                .findById(activation.candidateId()).map(candidate -> new ActivationLink(
                        candidate.profile().contact().givenName(),
                        activation.open(clock.instant()) && candidate.userId() == null)));
    }

    /** Makes the newcomer's account with a valid link and links it to their profile; works once. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void activate(String token, String username, String password, @Nullable UiLanguage language) {
        var activation = activations.findByTokenHash(hash(token))
                .orElseThrow(() -> new ActivationRefused("LINK_INVALID", ""));
        var candidate = candidates.findById(activation.candidateId())
                .orElseThrow(() -> new ActivationRefused("LINK_INVALID", ""));
        Instant now = clock.instant();
        if (!activation.open(now) || candidate.userId() != null) {
            throw new ActivationRefused("LINK_INVALID", "");
        }
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new ActivationRefused("USERNAME_INVALID", "username");
        }
        if (password == null || password.length() < 12) {
            throw new ActivationRefused("PASSWORD_SHORT", "password");
        }
        if (users.exists(name)) {
            throw new ActivationRefused("USERNAME_TAKEN", "username");
        }
        var contact = candidate.profile().contact();
        var user = users.createNewcomer(name, password, contact.familyName() == null ? contact.givenName()
                : contact.givenName() + " " + contact.familyName(), language == null ? null : language.code());
        candidate.linkAccount(user.value(), now);
        activation.use(now);
        auditLog.record("ACTIVATE", "candidate", candidate.id().value().toString(), "account made with the link");
    }

    private static String hash(@Nullable String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
