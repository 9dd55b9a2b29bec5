package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The newcomer finds both downloads on their data page and deletes their account only after typing the word. */
@IntegrationTest
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void offers_both_downloads_and_deletes_the_account_after_the_confirmation_word() {
        var fixtures = new DataRightsFixtures(candidates, accounts, users, jdbc);
        var person = fixtures.withAccount(fixtures.candidate(false));
        var previous = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(person.username());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            inDutch("my/data");
            assertThat($view(Anchor.class).id("data-download-json").getHref()).isNotBlank();
            assertThat($view(Anchor.class).id("data-download-pdf").getHref()).isNotBlank();

            test($view(Button.class).id("data-delete")).click();
            var confirm = $(Button.class).id("data-delete-confirm");
            assertThat(confirm.isEnabled()).isFalse();
            test($(TextField.class).id("data-delete-word")).setValue("weg ermee");
            assertThat(confirm.isEnabled()).isFalse();
            assertThat(fixtures.exists(person.id())).isTrue();
            test($(TextField.class).id("data-delete-word")).setValue("verwijder");
            assertThat(confirm.isEnabled()).isTrue();
            try {
                test(confirm).click();
            } catch (RuntimeException signedOut) {
                // the sign-out after the erasure needs a real HTTP response; the erasure is what counts here
            }
            assertThat(fixtures.exists(person.id())).isFalse();
            assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(person.username())
                    .query(Long.class).single()).isZero();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Opens a route in Dutch (demo users' remembered language may be another one). */
    private void inDutch(String location) {
        UI.getCurrent().navigate(location, QueryParameters.of("lang", "nl"));
    }
}
