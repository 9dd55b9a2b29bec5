package nl.werkbrug.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.NotFoundException;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An employer asks for an introduction to a candidate it saw anonymously: the request reaches the
 * jobhunters of the candidate's location and no one else, and they put it to the candidate or decline
 * it with a note.
 */
@IntegrationTest
class IntroductionsTest {

    @Autowired
    Introductions introductions;
    @Autowired
    UserService users;
    @Autowired
    nl.werkbrug.employer.EmployerOnboarding onboarding;
    @Autowired
    nl.werkbrug.employer.VacancyService vacancyService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_request_goes_to_the_jobhunters_of_the_candidates_location_only() {
        UUID employerOrganisation = jdbc.sql("select organisation_id from app_user where username = 'employer'")
                .query(UUID.class).single();
        UUID vacancy = jdbc.sql("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                where e.organisation_id = ? and v.status = 'OPEN' order by v.id limit 1""")
                .param(employerOrganisation).query(UUID.class).single();
        UUID jobhunterLocation = jdbc.sql("""
                select l.location_id from app_user_location l join app_user u on u.id = l.user_id
                where u.username = 'jobhunter' order by 1 limit 1""").query(UUID.class).single();
        UUID candidate = jdbc.sql("""
                select id from candidate where location_id = ? and matching_consent_at is not null
                order by id limit 1""").param(jobhunterLocation).query(UUID.class).single();
        UUID otherLocation = jdbc.sql("select id from location where id <> ? order by id limit 1")
                .param(jobhunterLocation).query(UUID.class).single();
        String elsewhere = "jobhunter-elders-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run("test", () -> users.create(new NewUser(elsewhere, "een-lang-wachtwoord", "Elders",
                Set.of(Role.JOBHUNTER), Set.of(otherLocation), null, null)));

        assertThatThrownBy(() -> as("employer", () -> introductions.ask(new VacancyId(vacancy),
                new CandidateId(candidate), " "))).as("a message is needed").isInstanceOf(IllegalArgumentException.class);
        var request = as("employer", () -> introductions.ask(new VacancyId(vacancy), new CandidateId(candidate),
                "Wij zoeken iemand met deze ervaring en bieden een buddy."));
        assertThat(request.status()).isEqualTo(IntroductionStatus.REQUESTED);
        assertThat(as("employer", () -> introductions.ask(new VacancyId(vacancy), new CandidateId(candidate),
                "Nog een keer")).id()).as("one open request per vacancy and candidate").isEqualTo(request.id());

        assertThat(as("jobhunter", introductions::forMyCandidates)).extracting(Introductions.Request::id)
                .contains(request.id());
        assertThat(as(elsewhere, introductions::forMyCandidates)).extracting(Introductions.Request::id)
                .doesNotContain(request.id());
        assertThatThrownBy(() -> as(elsewhere, () -> introductions.handle(request.id(),
                IntroductionStatus.PROPOSED_TO_CANDIDATE, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("jobhunter", () -> introductions.handle(request.id(),
                IntroductionStatus.DECLINED, ""))).as("a decline needs a note").isInstanceOf(IllegalArgumentException.class);

        var proposed = as("jobhunter", () -> introductions.handle(request.id(),
                IntroductionStatus.PROPOSED_TO_CANDIDATE, null));
        assertThat(proposed.status()).isEqualTo(IntroductionStatus.PROPOSED_TO_CANDIDATE);
        assertThat(as("employer", () -> introductions.forVacancy(new VacancyId(vacancy))))
                .extracting(Introductions.Request::status).contains(IntroductionStatus.PROPOSED_TO_CANDIDATE);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'introduction' and subject_id = ?")
                .param(request.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void only_a_candidate_who_consented_to_matching_can_be_asked_for() {
        UUID employerOrganisation = jdbc.sql("select organisation_id from app_user where username = 'employer'")
                .query(UUID.class).single();
        UUID vacancy = jdbc.sql("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                where e.organisation_id = ? and v.status = 'OPEN' order by v.id limit 1""")
                .param(employerOrganisation).query(UUID.class).single();
        var withoutConsent = jdbc.sql("select id from candidate where matching_consent_at is null limit 1")
                .query(UUID.class).optional();
        UUID unknown = withoutConsent.orElse(UUID.randomUUID());
        assertThatThrownBy(() -> as("employer", () -> introductions.ask(new VacancyId(vacancy),
                new CandidateId(unknown), "Graag kennismaken."))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_newly_registered_and_approved_employer_asks_for_an_introduction() {
        var person = jdbc.sql("""
                select c.id, c.location_id from candidate c where c.matching_consent_at is not null
                order by c.id limit 1""").query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class)}).single();
        String username = "nieuw" + UUID.randomUUID().toString().substring(0, 8);
        var employer = onboarding.register(new nl.werkbrug.employer.EmployerRegistration("Nieuw " + username,
                String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)),
                "logistiek", "Zeist", Set.of(person[1]), "Contact", username + "@werkbrug.test", null, username,
                "een-lang-wachtwoord", true));
        as("municipality", () -> onboarding.approve(employer.id()));
        var vacancy = as(username, () -> vacancyService.post(new nl.werkbrug.employer.VacancyDraft(employer.id().value(),
                "Heftruckchauffeur", "", nl.werkbrug.employer.VacancyType.JOB,
                "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755", Set.of(), Set.of(),
                nl.werkbrug.shared.CefrLevel.A1, null, 16, 24, Set.of(java.time.DayOfWeek.MONDAY), Set.of(), person[1],
                new java.math.BigDecimal("15.00"), null, 1, false, Set.of())));
        var request = as(username, () -> introductions.ask(vacancy.id(), new CandidateId(person[0]), "Graag."));
        assertThat(request.status()).isEqualTo(IntroductionStatus.REQUESTED);
    }

    /** Runs work as a signed-in account, as the screens do. */
    private <T> T as(String username, Supplier<T> work) {
        return AsUser.call(users, username, work);
    }
}
