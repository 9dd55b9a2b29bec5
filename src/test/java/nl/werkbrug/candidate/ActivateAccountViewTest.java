package nl.werkbrug.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkbrug.security.UserService;
import nl.werkbrug.support.AsUser;
import nl.werkbrug.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newcomer opens the activation link without signing in and makes their account on the page. */
@IntegrationTest
class ActivateAccountViewTest extends SpringBrowserlessTest {

    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void makes_the_account_and_explains_a_short_password() {
        var person = new DataRightsFixtures(candidates, accounts, users, jdbc).candidate(false);
        var link = AsUser.call(users, "jobhunter", () -> accounts.createLink(person.id()));
        inDutch("activate/" + link.token());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(person.givenName());
        String username = "activering" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        test($view(TextField.class).id("activate-username")).setValue(username);
        test($view(PasswordField.class).id("activate-password")).setValue("kort");
        test($view(Button.class).id("activate-submit")).click();
        var password = $view(PasswordField.class).id("activate-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12 tekens");

        test(password).setValue(DataRightsFixtures.PASSWORD);
        test($view(Button.class).id("activate-submit")).click();
        assertThat($view(Paragraph.class).id("activate-done").getText()).contains("inloggen");
        assertThat(jdbc.sql("""
                        select count(*) from candidate c join app_user u on u.id = c.user_id
                        where c.id = ? and u.username = ?""").params(person.id().value(), username)
                .query(Long.class).single()).isOne();
    }

    @Test
    void an_unknown_link_says_it_does_not_work() {
        inDutch("activate/geen-geldige-link");
        assertThat($view(Paragraph.class).id("activate-invalid").getText()).contains("werkt niet");
    }

    /** Opens a route in Dutch (demo users' remembered language may be another one). */
    private void inDutch(String location) {
        UI.getCurrent().navigate(location, QueryParameters.of("lang", "nl"));
    }
}
