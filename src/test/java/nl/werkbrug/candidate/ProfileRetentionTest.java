package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Profiles nobody used for the retention period are erased by the nightly job: no change to the
 * profile and no sign-in of its account; a sign-in keeps a profile.
 */
@IntegrationTest
class ProfileRetentionTest {

    @Autowired
    ProfileRetention retention;
    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    AuthenticationEventPublisher signIns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void erases_profiles_without_change_or_sign_in_during_the_period_and_keeps_the_others() {
        var fixtures = new DataRightsFixtures(candidates, accounts, users, jdbc);
        var untouched = fixtures.candidate(true);
        var forgotten = fixtures.withAccount(fixtures.candidate(false));
        var signedIn = fixtures.withAccount(fixtures.candidate(false));
        var recent = fixtures.candidate(false);
        for (var person : java.util.List.of(untouched, forgotten, signedIn)) {
            jdbc.sql("update candidate set updated_at = now() - interval '25 months' where id = ?")
                    .param(person.id().value()).update();
        }
        jdbc.sql("update app_user set created_at = now() - interval '30 months' where username in (?, ?)")
                .params(forgotten.username(), signedIn.username()).update();
        var principal = users.loadUserByUsername(signedIn.username());
        signIns.publishAuthenticationSuccess(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        assertThat(jdbc.sql("select last_sign_in from app_user where username = ?").param(signedIn.username())
                .query(java.sql.Timestamp.class).single()).as("the sign-in is remembered").isNotNull();

        int erased = retention.run(Instant.now(), Period.parse("P24M"));

        assertThat(erased).isGreaterThanOrEqualTo(2);
        assertThat(fixtures.exists(untouched.id())).isFalse();
        assertThat(fixtures.exists(forgotten.id())).isFalse();
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(forgotten.username())
                .query(Long.class).single()).as("the account goes too").isZero();
        assertThat(fixtures.exists(signedIn.id())).as("signed in during the period").isTrue();
        assertThat(fixtures.exists(recent.id())).as("changed during the period").isTrue();
        assertThat(jdbc.sql("""
                        select purpose from audit_event where action = 'ERASE' and subject_type = 'candidate'
                        and subject_id = ?""").param(untouched.id().value().toString()).query(String.class).single())
                .isEqualTo("retention");
        assertThat(jdbc.sql("""
                        select actor from audit_event where action = 'RETENTION_RUN' order by id desc limit 1""")
                .query(String.class).single()).isEqualTo("system:retention");
    }
}
