package nl.werkbrug.employer;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkbrug.organisation.NewOrganisation;
import nl.werkbrug.organisation.OrganisationId;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.organisation.OrganisationType;
import nl.werkbrug.organisation.OrganisationView;
import nl.werkbrug.security.AuditLog;
import nl.werkbrug.security.CurrentUser;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How employers join: an employer registers itself and its contact person's account; nothing it
 * posts is published and it sees no candidates until the municipality approves it; the municipality
 * approves or rejects with a reason the employer reads; an approved employer invites colleagues with
 * a link that works once, for {@link #INVITATION_VALID}.
 */
@Service
public class EmployerOnboarding {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALID = Duration.ofDays(14);

    /** An invitation as the inviting employer sees it (the token itself is shown only once, when made). */
    public record Invitation(UUID id, String name, String email, Instant createdAt, Instant expiresAt,
                             InvitationState state) {
    }

    /** Where an invitation stands. */
    public enum InvitationState { OPEN, ACCEPTED, WITHDRAWN, EXPIRED }

    /** A new invitation and its token, to pass on to the colleague as a link. */
    public record NewInvitation(Invitation invitation, String token) {
    }

    /** What the person who opens an invitation link sees: who invites them, and whether it still works. */
    public record InvitationLink(String organisation, String name, String email, boolean open) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmployerRepository employers;
    private final EmployerInvitationRepository invitations;
    private final OrganisationService organisations;
    private final UserService users;
    private final VacancyService vacancies;
    private final AuditLog auditLog;
    private final Validator validator;
    private final Clock clock;

    EmployerOnboarding(EmployerRepository employers, EmployerInvitationRepository invitations,
                       OrganisationService organisations, UserService users, VacancyService vacancies,
                       AuditLog auditLog, Validator validator, Clock clock) {
        this.employers = employers;
        this.invitations = invitations;
        this.organisations = organisations;
        this.users = users;
        this.vacancies = vacancies;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Registers an employer and its contact person's account; the employer waits for the
     * municipality. Anyone may register; the checks are here, not only in the form.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public EmployerDetails register(EmployerRegistration registration) {
        var violations = validator.validate(registration);
        if (!violations.isEmpty()) {
            var first = violations.stream().map(v -> v.getPropertyPath().toString()).sorted().findFirst().orElse("");
            throw new RegistrationRefused(first.equals("kvkNumber") ? "KVK_FORMAT" : "INVALID", first);
        }
        if (employers.existsByKvkNumber(registration.kvkNumber())) {
            throw new RegistrationRefused("KVK_TAKEN", "kvkNumber");
        }
        if (users.exists(registration.username())) {
            throw new RegistrationRefused("USERNAME_TAKEN", "username");
        }
        var known = SystemTask.call("employer-registration", () -> organisations.locations().stream()
                .map(l -> l.id().value()).collect(java.util.stream.Collectors.toSet()));
        if (!known.containsAll(registration.locationIds())) {
            throw new RegistrationRefused("INVALID", "locationIds");
        }
        OrganisationView organisation = SystemTask.call("employer-registration", () -> organisations.register(
                new NewOrganisation(registration.name().trim(), OrganisationType.EMPLOYER, registration.municipality())));
        var employer = employers.save(new Employer(organisation.id().value(), registration));
        SystemTask.run("employer-registration", () -> users.create(new NewUser(registration.username(),
                registration.password(), registration.contactName().trim(), Set.of(Role.EMPLOYER), Set.of(),
                organisation.id().value(), null, registration.contactEmail())));
        auditLog.record("REGISTER", "employer", employer.id().value().toString(), "self-registration, waits for approval");
        return employer.details(organisation.name(), organisation.municipality());
    }

    /** Employers waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public List<EmployerDetails> pending() {
        return employers.findByStatusOrderByCreatedAt(EmployerStatus.PENDING).stream().map(this::details).toList();
    }

    /** Every employer with its details, newest first, for the municipality's overview. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public List<EmployerDetails> all() {
        return employers.findAll().stream().map(this::details)
                .sorted(Comparator.comparing(EmployerDetails::createdAt).reversed()).toList();
    }

    /** Approves an employer: from now on it may publish and see candidates (anonymously). */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public EmployerDetails approve(EmployerId id) {
        var employer = find(id);
        employer.review(EmployerStatus.APPROVED, null, CurrentUser.require().id().value(), clock.instant());
        auditLog.record("APPROVE", "employer", id.value().toString(), null);
        return details(employer);
    }

    /** Rejects an employer with the reason it will read; it publishes nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public EmployerDetails reject(EmployerId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        var employer = find(id);
        employer.review(EmployerStatus.REJECTED, reason.strip(), CurrentUser.require().id().value(), clock.instant());
        vacancies.suspendAllOf(id);
        String purpose = reason.strip();
        auditLog.record("REJECT", "employer", id.value().toString(),
                purpose.length() > 200 ? purpose.substring(0, 199) + "…" : purpose);
        return details(employer);
    }

    /** The signed-in employer's own details, with its status and the reason of a decision. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public Optional<EmployerDetails> mine() {
        var organisation = CurrentUser.require().organisationId();
        return organisation == null ? Optional.empty()
                : employers.findByOrganisationId(organisation).map(this::details);
    }

    /** Invites a colleague; only approved employers may. The token is returned once and stored as a hash. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public NewInvitation invite(String name, String email) {
        if (name == null || name.isBlank() || email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RegistrationRefused("INVALID", name == null || name.isBlank() ? "name" : "email");
        }
        var employer = ownApproved();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        var invitation = invitations.save(new EmployerInvitation(employer.id().value(), name.strip(), email.strip(),
                hash(token), CurrentUser.require().id().value(), now, now.plus(INVITATION_VALID)));
        auditLog.record("INVITE", "employer", employer.id().value().toString(), "colleague invited");
        return new NewInvitation(invitation.view(now), token);
    }

    /** The signed-in employer's invitations, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<Invitation> invitations() {
        var employer = own();
        Instant now = clock.instant();
        return invitations.findByEmployerIdOrderByCreatedAtDesc(employer.id().value()).stream()
                .map(i -> i.view(now)).toList();
    }

    /** Withdraws one of the employer's own open invitations. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public void withdraw(UUID invitationId) {
        var invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("invitation", invitationId));
        if (!invitation.employerId().equals(own().id().value())) {
            throw new AccessDeniedException("not an invitation of this employer");
        }
        invitation.withdraw();
        auditLog.record("WITHDRAW", "employer_invitation", invitationId.toString(), null);
    }

    /** What an invitation link shows before it is accepted; empty for an unknown token. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<InvitationLink> invitation(String token) {
        return invitations.findByTokenHash(hash(token)).map(i -> {
            var employer = employers.findById(i.employerId()).orElseThrow();
            var view = i.view(clock.instant());
            return new InvitationLink(organisationName(employer), view.name(), view.email(),
                    i.open(clock.instant()) && employer.status() == EmployerStatus.APPROVED);
        });
    }

    /** Accepts an invitation: an account for the colleague in the same organisation. Works once. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void accept(String token, String username, String password, String displayName) {
        var invitation = invitations.findByTokenHash(hash(token))
                .orElseThrow(() -> new RegistrationRefused("INVITATION_INVALID", ""));
        var employer = employers.findById(invitation.employerId()).orElseThrow();
        if (!invitation.open(clock.instant()) || employer.status() != EmployerStatus.APPROVED) {
            throw new RegistrationRefused("INVITATION_INVALID", "");
        }
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new RegistrationRefused("INVALID", "username");
        }
        if (password == null || password.length() < 12) {
            throw new RegistrationRefused("INVALID", "password");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new RegistrationRefused("INVALID", "displayName");
        }
        if (users.exists(username)) {
            throw new RegistrationRefused("USERNAME_TAKEN", "username");
        }
        SystemTask.run("employer-invitation", () -> users.create(new NewUser(username, password, displayName.strip(),
                Set.of(Role.EMPLOYER), Set.of(), employer.organisationId(), null, invitation.email())));
        invitation.accept(clock.instant());
        auditLog.record("ACCEPT", "employer_invitation", invitation.id().toString(), "colleague account created");
    }

    private Employer own() {
        var organisation = CurrentUser.require().organisationId();
        if (organisation == null) {
            throw new AccessDeniedException("not working for an employer");
        }
        return employers.findByOrganisationId(organisation)
                .orElseThrow(() -> new AccessDeniedException("not working for an employer"));
    }

    private Employer ownApproved() {
        var employer = own();
        if (employer.status() != EmployerStatus.APPROVED) {
            throw new AccessDeniedException("only an approved employer invites colleagues");
        }
        return employer;
    }

    private Employer find(EmployerId id) {
        return employers.findById(id.value()).orElseThrow(() -> new NotFoundException("employer", id));
    }

    private EmployerDetails details(Employer employer) {
        var organisation = organisations.organisation(new OrganisationId(employer.organisationId()));
        return employer.details(organisation.map(OrganisationView::name).orElse(""),
                organisation.map(OrganisationView::municipality).orElse(null));
    }

    private String organisationName(Employer employer) {
        return SystemTask.call("employer-invitation", () -> organisations
                .organisation(new OrganisationId(employer.organisationId())).map(OrganisationView::name).orElse(""));
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
