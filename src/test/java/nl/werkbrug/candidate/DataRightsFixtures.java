package nl.werkbrug.candidate;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkbrug.shared.CefrLevel;
import nl.werkbrug.shared.Certificate;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.support.AsUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Invented people for the data-rights tests: a candidate of the demo jobhunter's location with contact
 * details no other row holds, optionally with an account made through an activation link.
 */
public record DataRightsFixtures(CandidateService candidates, CandidateAccounts accounts, UserDetailsService users,
                                 JdbcClient jdbc) {

    public static final String FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";
    public static final String PASSWORD = "een-lang-wachtwoord";

    /** A person as the fixture made them. */
    public record Person(CandidateId id, String givenName, String familyName, String email, String phone,
                         String username) {

        public Person withUsername(String name) {
            return new Person(id, givenName, familyName, email, phone, name);
        }
    }

    /** A candidate registered by the demo jobhunter at one of their locations, without an account. */
    public Person candidate(boolean consent) {
        UUID location = jdbc.sql("""
                select ul.location_id from app_user_location ul join app_user u on u.id = ul.user_id
                where u.username = 'jobhunter' order by ul.location_id limit 1""").query(UUID.class).single();
        return candidateAt(location, "jobhunter", consent);
    }

    /** A candidate at a location, registered by the given staff account (the jobhunter becomes theirs). */
    public Person candidateAt(UUID location, String registeredBy, boolean consent) {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String given = "Zorawen" + n;
        String family = "Qitrabel" + n;
        String email = "z" + n + "@voorbeeld.test";
        String phone = "+31 6 " + n;
        var draft = new CandidateDraft(new ContactDetails(given, family, email, phone),
                NewcomerGroup.STATUS_HOLDER_WI2021, location, CefrLevel.A2, Map.of("ar", CefrLevel.C2), 3,
                Map.of(FORKLIFT, 24), Set.of(), Set.of(Certificate.VCA_BASIS),
                new nl.werkbrug.candidate.Availability(null, 16, 32, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 25),
                RightToWork.free(), consent, null, null, null, Map.of());
        var profile = AsUser.call(users, registeredBy, () -> candidates.register(draft));
        return new Person(profile.id(), given, family, email, phone, "");
    }

    /** Gives the person an account through an activation link, as the demo jobhunter and then anonymously. */
    public Person withAccount(Person person) {
        var link = AsUser.call(users, "jobhunter", () -> accounts.createLink(person.id()));
        String username = "nieuwkomer" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        anonymously(() -> accounts.activate(link.token(), username, PASSWORD, UiLanguage.NL));
        return person.withUsername(username);
    }

    /** Runs work without a signed-in user, as the activation page does. */
    public static void anonymously(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public boolean exists(CandidateId id) {
        return jdbc.sql("select count(*) from candidate where id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    public long audits(String action, CandidateId id) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_id = ?")
                .params(action, id.value().toString()).query(Long.class).single();
    }
}
