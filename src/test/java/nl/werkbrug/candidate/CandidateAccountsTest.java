package nl.werkbrug.candidate;

import static nl.werkbrug.candidate.DataRightsFixtures.anonymously;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.werkbrug.security.UserService;
import nl.werkbrug.shared.UiLanguage;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A newcomer registered at intake makes their own account with a one-time link from their jobhunter. */
@IntegrationTest
class CandidateAccountsTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    DataRightsFixtures fixtures() {
        return new DataRightsFixtures(candidates, accounts, users, jdbc);
    }

    @Test
    void the_link_works_once_and_makes_a_newcomer_account_linked_to_the_profile() {
        var person = fixtures().candidate(false);
        var link = AsUser.call(users, "jobhunter", () -> accounts.createLink(person.id()));
        assertThat(link.token()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select count(*) from candidate_activation where token_hash = ? or token_hash = ?")
                .params(link.token(), link.token().toLowerCase()).query(Long.class).single())
                .as("only a hash is stored").isZero();
        assertThat(link.expiresAt()).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(13)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(15)));
        anonymously(() -> assertThat(accounts.link(link.token())).hasValueSatisfying(shown -> {
            assertThat(shown.open()).isTrue();
            assertThat(shown.givenName()).isEqualTo(person.givenName());
        }));

        anonymously(() -> accounts.activate(link.token(), "nieuw" + person.phone().replaceAll("\\D", ""),
                DataRightsFixtures.PASSWORD, UiLanguage.UK));
        String username = "nieuw" + person.phone().replaceAll("\\D", "");
        var principal = users.loadUserByUsername(username);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_NEWCOMER");
        assertThat(AsUser.call(users, username, candidates::mine)).hasValueSatisfying(
                mine -> assertThat(mine.id()).isEqualTo(person.id()));
        assertThat(jdbc.sql("select locale from app_user where username = ?").param(username).query(String.class)
                .single()).isEqualTo("uk");

        anonymously(() -> assertThatThrownBy(() -> accounts.activate(link.token(), username + "x",
                DataRightsFixtures.PASSWORD, null)).isInstanceOf(ActivationRefused.class)
                .extracting("code").isEqualTo("LINK_INVALID"));
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter", () -> accounts.createLink(person.id())))
                .isInstanceOf(ActivationRefused.class).extracting("code").isEqualTo("HAS_ACCOUNT");
        assertThat(fixtures().audits("ACTIVATION_LINK", person.id())).isOne();
        assertThat(fixtures().audits("ACTIVATE", person.id())).isOne();
    }

    @Test
    void a_withdrawn_or_expired_link_does_not_work_and_bad_input_is_explained() {
        var person = fixtures().candidate(false);
        var first = AsUser.call(users, "jobhunter", () -> accounts.createLink(person.id()));
        AsUser.run(users, "jobhunter", () -> accounts.withdrawLinks(person.id()));
        assertThat(AsUser.call(users, "jobhunter", () -> accounts.openLink(person.id()))).isEmpty();
        anonymously(() -> assertThat(accounts.link(first.token())).hasValueSatisfying(l -> assertThat(l.open()).isFalse()));
        anonymously(() -> assertThatThrownBy(() -> accounts.activate(first.token(), "iemand" + UUID.randomUUID()
                .toString().substring(0, 8), DataRightsFixtures.PASSWORD, null))
                .extracting("code").isEqualTo("LINK_INVALID"));

        var second = AsUser.call(users, "jobhunter", () -> accounts.createLink(person.id()));
        anonymously(() -> {
            assertThatThrownBy(() -> accounts.activate(second.token(), "a b", DataRightsFixtures.PASSWORD, null))
                    .extracting("code").isEqualTo("USERNAME_INVALID");
            assertThatThrownBy(() -> accounts.activate(second.token(), "jobhunter", DataRightsFixtures.PASSWORD, null))
                    .extracting("code").isEqualTo("USERNAME_TAKEN");
            assertThatThrownBy(() -> accounts.activate(second.token(), "kortwachtwoord" + person.phone()
                    .replaceAll("\\D", ""), "kort", null)).extracting("code").isEqualTo("PASSWORD_SHORT");
        });
        jdbc.sql("update candidate_activation set expires_at = now() - interval '1 minute' where candidate_id = ?")
                .param(person.id().value()).update();
        anonymously(() -> assertThatThrownBy(() -> accounts.activate(second.token(), "verlopen" + person.phone()
                .replaceAll("\\D", ""), DataRightsFixtures.PASSWORD, null)).extracting("code").isEqualTo("LINK_INVALID"));
    }

    @Test
    void a_jobhunter_makes_no_link_for_a_candidate_of_a_location_they_do_not_work_for() {
        UUID elsewhere = jdbc.sql("""
                select id from location where id not in (select ul.location_id from app_user_location ul
                  join app_user u on u.id = ul.user_id where u.username = 'jobhunter') order by id limit 1""")
                .query(UUID.class).single();
        var person = fixtures().candidateAt(elsewhere, "admin", false);
        assertThatThrownBy(() -> AsUser.run(users, "jobhunter", () -> accounts.createLink(person.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(users, "newcomer", () -> accounts.createLink(person.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
