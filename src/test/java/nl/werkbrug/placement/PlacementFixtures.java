package nl.werkbrug.placement;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkbrug.candidate.Availability;
import nl.werkbrug.candidate.CandidateDraft;
import nl.werkbrug.candidate.CandidateId;
import nl.werkbrug.candidate.CandidateService;
import nl.werkbrug.candidate.ContactDetails;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.candidate.RightToWork;
import nl.werkbrug.employer.VacancyId;
import nl.werkbrug.security.NewUser;
import nl.werkbrug.security.Role;
import nl.werkbrug.security.SystemTask;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.support.AsUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixtures of placement tests: a newcomer with an account, made by the jobhunter; the demo employer's vacancy. */
class PlacementFixtures {

    /** A newcomer made for one test: their account name and candidate. */
    record Person(String username, CandidateId id, String givenName, String email) {
    }

    private final UserService users;
    private final CandidateService candidates;
    private final JdbcClient jdbc;

    PlacementFixtures(UserService users, CandidateService candidates, JdbcClient jdbc) {
        this.users = users;
        this.candidates = candidates;
        this.jdbc = jdbc;
    }

    UUID jobhunterLocation() {
        return jdbc.sql("""
                select l.location_id from app_user_location l join app_user u on u.id = l.user_id
                where u.username = 'jobhunter' order by 1 limit 1""").query(UUID.class).single();
    }

    UUID otherLocation() {
        return jdbc.sql("""
                select id from location where id not in (select l.location_id from app_user_location l
                join app_user u on u.id = l.user_id where u.username = 'jobhunter') order by id limit 1""")
                .query(UUID.class).single();
    }

    /** A newcomer with an account at the jobhunter's location, who consented to matching. */
    Person newcomer(int weeksSinceIntake) {
        return newcomer(jobhunterLocation(), weeksSinceIntake);
    }

    Person newcomer(UUID location, int weeksSinceIntake) {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String username = "nieuwkomer-" + marker;
        UUID account = SystemTask.call("test", () -> users.create(new NewUser(username, "een-lang-wachtwoord",
                "Test " + marker, Set.of(Role.NEWCOMER), Set.of(), null, "nl"))).value();
        String givenName = "Testa" + marker;
        String email = "testa" + marker + "@voorbeeld.test";
        var draft = new CandidateDraft(new ContactDetails(givenName, "Routetest", email, "0612345678"),
                NewcomerGroup.STATUS_HOLDER_WI2021, location, CefrLevel.A2, Map.of(), 3, Map.of(), Set.of(), Set.of(),
                new Availability(null, 16, 32, Set.of(), 25), RightToWork.free(), true,
                LocalDate.now().minusWeeks(weeksSinceIntake), account, null, Map.of());
        var profile = SystemTask.call("test", () -> candidates.register(draft));
        return new Person(username, profile.id(), givenName, email);
    }

    /** A jobhunter who works only at a location where the demo jobhunter does not. */
    String jobhunterElsewhere() {
        String username = "jobhunter-elders-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run("test", () -> users.create(new NewUser(username, "een-lang-wachtwoord", "Elders",
                Set.of(Role.JOBHUNTER), Set.of(otherLocation()), null, "nl")));
        return username;
    }

    /** An open vacancy of the demo employer. */
    VacancyId employerVacancy() {
        return new VacancyId(jdbc.sql("""
                select v.id from vacancy v join employer e on e.id = v.employer_id
                join app_user u on u.organisation_id = e.organisation_id
                where u.username = 'employer' and v.status = 'OPEN' order by v.id limit 1""").query(UUID.class).single());
    }

    <T> T as(String username, Supplier<T> work) {
        return AsUser.call(users, username, work);
    }

    void as(String username, Runnable work) {
        AsUser.run(users, username, work);
    }
}
