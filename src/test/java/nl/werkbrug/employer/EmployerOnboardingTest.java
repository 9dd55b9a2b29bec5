package nl.werkbrug.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An employer registers itself, waits for the municipality, is approved or rejected with a reason,
 * and invites colleagues; before approval it publishes nothing and sees no candidates.
 */
@IntegrationTest
class EmployerOnboardingTest {

    static final String FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    @Autowired
    EmployerOnboarding onboarding;
    @Autowired
    VacancyService vacancies;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_kvk_number_has_eight_digits_and_registers_once() {
        assertThatThrownBy(() -> onboarding.register(registration("1234567", "kvk7")))
                .isInstanceOf(RegistrationRefused.class).extracting("code").isEqualTo("KVK_FORMAT");
        assertThatThrownBy(() -> onboarding.register(registration("123456789", "kvk9")))
                .isInstanceOf(RegistrationRefused.class).extracting("code").isEqualTo("KVK_FORMAT");
        String kvk = kvk();
        var registered = onboarding.register(registration(kvk.substring(0, 4) + " " + kvk.substring(4), user()));
        assertThat(registered.kvkNumber()).as("spaces are left out").isEqualTo(kvk);
        assertThat(registered.status()).isEqualTo(EmployerStatus.PENDING);
        assertThatThrownBy(() -> onboarding.register(registration(kvk, user())))
                .isInstanceOf(RegistrationRefused.class).extracting("code").isEqualTo("KVK_TAKEN");
        String taken = user();
        onboarding.register(registration(kvk(), taken));
        assertThatThrownBy(() -> onboarding.register(registration(kvk(), taken)))
                .isInstanceOf(RegistrationRefused.class).extracting("code").isEqualTo("USERNAME_TAKEN");
        var noPrivacy = registration(kvk(), user());
        assertThatThrownBy(() -> onboarding.register(new EmployerRegistration(noPrivacy.name(), noPrivacy.kvkNumber(),
                noPrivacy.sector(), noPrivacy.municipality(), noPrivacy.locationIds(), noPrivacy.contactName(),
                noPrivacy.contactEmail(), null, noPrivacy.username(), noPrivacy.password(), false)))
                .isInstanceOf(RegistrationRefused.class).extracting("field").isEqualTo("privacyAccepted");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REGISTER' and subject_id = ?")
                .param(registered.id().value().toString()).query(Long.class).single()).isOne();
    }

    @Test
    void before_approval_nothing_is_published_and_no_candidates_are_seen_and_a_rejection_keeps_its_reason() {
        String username = user();
        var employer = onboarding.register(registration(kvk(), username));
        var draft = as(username, () -> vacancies.post(draft(employer.id().value())));
        assertThat(draft.status()).isEqualTo(VacancyStatus.DRAFT);
        assertThatThrownBy(() -> as(username, () -> vacancies.changeStatus(draft.id(), VacancyStatus.OPEN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(username, () -> vacancies.managed(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(username, () -> onboarding.invite("Collega", "collega@werkbrug.test")))
                .as("only approved employers invite").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(username, () -> onboarding.approve(employer.id())))
                .as("an employer does not approve itself").isInstanceOf(AccessDeniedException.class);
        assertThat(as("municipality", onboarding::pending)).extracting(EmployerDetails::id).contains(employer.id());

        assertThatThrownBy(() -> as("municipality", () -> onboarding.reject(employer.id(), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        as("municipality", () -> onboarding.approve(employer.id()));
        var open = as(username, () -> vacancies.changeStatus(draft.id(), VacancyStatus.OPEN));
        assertThat(open.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(as(username, () -> vacancies.managed(draft.id())).id()).isEqualTo(draft.id());

        String other = user();
        var rejected = onboarding.register(registration(kvk(), other));
        as("municipality", () -> onboarding.reject(rejected.id(), "Geen werkgever in deze regio."));
        var seen = as(other, onboarding::mine).orElseThrow();
        assertThat(seen.status()).isEqualTo(EmployerStatus.REJECTED);
        assertThat(seen.reviewReason()).isEqualTo("Geen werkgever in deze regio.");
        assertThat(as(other, () -> vacancies.post(draft(rejected.id().value()))).status())
                .isEqualTo(VacancyStatus.DRAFT);
    }

    @Test
    void an_approved_employer_invites_a_colleague_whose_link_works_once_and_can_be_withdrawn() {
        String username = user();
        var employer = onboarding.register(registration(kvk(), username));
        as("municipality", () -> onboarding.approve(employer.id()));
        var invitation = as(username, () -> onboarding.invite("Sanne", "sanne@werkbrug.test"));
        assertThat(onboarding.invitation(invitation.token())).hasValueSatisfying(link -> {
            assertThat(link.organisation()).isEqualTo(employer.name());
            assertThat(link.open()).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from employer_invitation where token_hash = ?")
                .param(invitation.token()).query(Long.class).single()).as("only a hash is kept").isZero();
        assertThatThrownBy(() -> onboarding.accept(invitation.token(), user(), "kort", "Sanne"))
                .isInstanceOf(RegistrationRefused.class).extracting("field").isEqualTo("password");
        String colleague = user();
        onboarding.accept(invitation.token(), colleague, "een-lang-wachtwoord", "Sanne");
        assertThat(as(colleague, onboarding::mine).orElseThrow().id()).as("same employer").isEqualTo(employer.id());
        assertThat(as(username, users::colleagues)).extracting(u -> u.username()).contains(username, colleague);
        assertThatThrownBy(() -> onboarding.accept(invitation.token(), user(), "een-lang-wachtwoord", "Nog een"))
                .as("works once").isInstanceOf(RegistrationRefused.class);
        assertThat(as(username, onboarding::invitations)).first().extracting(EmployerOnboarding.Invitation::state)
                .isEqualTo(EmployerOnboarding.InvitationState.ACCEPTED);

        var second = as(username, () -> onboarding.invite("Bram", "bram@werkbrug.test"));
        as(username, () -> {
            onboarding.withdraw(second.invitation().id());
            return null;
        });
        assertThat(onboarding.invitation(second.token())).hasValueSatisfying(link -> assertThat(link.open()).isFalse());
        assertThatThrownBy(() -> as("employer", () -> {
            onboarding.withdraw(invitation.invitation().id());
            return null;
        })).as("not another employer's invitation").isInstanceOf(AccessDeniedException.class);
    }

    private EmployerRegistration registration(String kvk, String username) {
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        return new EmployerRegistration("Aanmelding " + username, kvk, "logistiek", "Zeist", Set.of(location),
                "Contact Persoon", username + "@werkbrug.test", "030 123 4567", username, "een-lang-wachtwoord", true);
    }

    private VacancyDraft draft(UUID employer) {
        UUID location = jdbc.sql("select id from location order by id limit 1").query(UUID.class).single();
        return new VacancyDraft(employer, "Heftruckchauffeur", "", VacancyType.JOB, FORKLIFT, Set.of(), Set.of(),
                CefrLevel.A2, null, 24, 32, Set.of(DayOfWeek.MONDAY), Set.of(), location, new BigDecimal("15.00"),
                LocalDate.now().plusDays(30), 1, false, Set.of());
    }

    private static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    private static String user() {
        return "werkgever" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /** Runs work as a signed-in account, as the screens do. */
    private <T> T as(String username, Supplier<T> work) {
        return AsUser.call(users, username, work);
    }
}
